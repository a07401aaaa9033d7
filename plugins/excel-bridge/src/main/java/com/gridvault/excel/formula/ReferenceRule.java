package com.gridvault.excel.formula;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.formula.ptg.AreaErrPtg;
import org.apache.poi.ss.formula.ptg.DeletedArea3DPtg;
import org.apache.poi.ss.formula.ptg.DeletedRef3DPtg;
import org.apache.poi.ss.formula.ptg.ErrPtg;
import org.apache.poi.ss.formula.ptg.NamePtg;
import org.apache.poi.ss.formula.ptg.NameXPxg;
import org.apache.poi.ss.formula.ptg.Ptg;
import org.apache.poi.ss.formula.ptg.Pxg;
import org.apache.poi.ss.formula.ptg.Pxg3D;
import org.apache.poi.ss.formula.ptg.RefErrorPtg;
import org.apache.poi.ss.usermodel.FormulaError;

/**
 * Syntax errors, broken references ({@code #REF!}, unknown sheets, names and tables) and links
 * to other workbooks, for one formula or one defined name.
 */
final class ReferenceRule {

    private static final String ILLEGAL_TABLE = "Illegal table name";

    private ReferenceRule() {}

    /**
     * Checks a formula cell.
     *
     * @param cell the cell
     * @param book the parsing workbook that tokenized it
     * @param out where findings go
     */
    static void check(FormulaCell cell, SnapshotBook book, List<Finding> out) {
        String where = cell.sheetName;
        if (!cell.parsed()) {
            out.add(unparsed(cell.formula, cell.parseError, where, cell.address, cell.key()));
            return;
        }
        Problems problems = problems(cell.tokens, book);
        if (!problems.broken.isEmpty()) {
            out.add(new Finding(
                    FindingKind.BROKEN_REFERENCE,
                    where,
                    cell.address,
                    "broken reference: " + String.join("; ", problems.broken),
                    Severity.ERROR));
        }
        if (!problems.external.isEmpty()) {
            out.add(new Finding(
                    FindingKind.EXTERNAL_REFERENCE,
                    where,
                    cell.address,
                    "links to another workbook: " + String.join(", ", problems.external)
                            + "; its values are not in the snapshot and may be stale",
                    Severity.WARNING));
        }
    }

    /**
     * Checks a defined name's target.
     *
     * @param name the name's text
     * @param scope its sheet, or null
     * @param refersTo its target
     * @param parsed its tokens or parse error
     * @param book the parsing workbook
     * @param out where findings go
     */
    static void checkName(
            String name, String scope, String refersTo, Tokenizer.Result parsed, SnapshotBook book, List<Finding> out) {
        String label = "name " + name;
        if (parsed.tokens() == null) {
            Finding f = unparsed(refersTo, parsed.error(), scope, null, label);
            out.add(new Finding(
                    f.kind(), scope, null, "defined " + label + ": " + f.message(), f.severity(), List.of(label)));
            return;
        }
        Problems problems = problems(parsed.tokens(), book);
        if (!problems.broken.isEmpty()) {
            out.add(new Finding(
                    FindingKind.BROKEN_REFERENCE,
                    scope,
                    null,
                    "defined " + label + " has a broken reference: " + String.join("; ", problems.broken),
                    Severity.ERROR,
                    List.of(label)));
        }
    }

    private static Finding unparsed(String formula, String error, String sheet, String address, String key) {
        if (containsRefError(formula)) {
            return new Finding(
                    FindingKind.BROKEN_REFERENCE,
                    sheet,
                    address,
                    "broken reference: the formula contains #REF! (a referenced cell, row, column or sheet was"
                            + " deleted)",
                    Severity.ERROR,
                    List.of(key));
        }
        if (error != null && error.startsWith(ILLEGAL_TABLE)) {
            return new Finding(
                    FindingKind.NOT_ANALYZED,
                    sheet,
                    address,
                    "structured table references are not checked (tables are not part of the snapshot): " + error,
                    Severity.INFO,
                    List.of(key));
        }
        return new Finding(
                FindingKind.SYNTAX_ERROR,
                sheet,
                address,
                "the formula does not parse: " + error,
                Severity.ERROR,
                List.of(key));
    }

    /** True when {@code #REF!} occurs outside a string literal. */
    static boolean containsRefError(String formula) {
        boolean inString = false;
        String upper = formula.toUpperCase(Locale.ROOT);
        for (int i = 0; i < upper.length(); i++) {
            char c = upper.charAt(i);
            if (c == '"') {
                inString = !inString;
            } else if (!inString && upper.startsWith("#REF!", i)) {
                return true;
            }
        }
        return false;
    }

    private static final class Problems {
        final Set<String> broken = new LinkedHashSet<>();
        final Set<String> external = new LinkedHashSet<>();
    }

    private static Problems problems(Ptg[] tokens, SnapshotBook book) {
        Problems p = new Problems();
        for (Ptg ptg : tokens) {
            if (ptg instanceof ErrPtg err && err.getErrorCode() == FormulaError.REF.getCode()) {
                p.broken.add("#REF! (a referenced cell, row, column or sheet was deleted)");
            } else if (ptg instanceof RefErrorPtg
                    || ptg instanceof AreaErrPtg
                    || ptg instanceof DeletedRef3DPtg
                    || ptg instanceof DeletedArea3DPtg) {
                p.broken.add("#REF! (a referenced cell, row, column or sheet was deleted)");
            } else if (ptg instanceof NamePtg name && name.getIndex() >= book.knownNameCount()) {
                p.broken.add("name '" + book.nameText(name.getIndex()) + "' is not defined in the workbook");
            } else if (ptg instanceof Pxg pxg && pxg.getExternalWorkbookNumber() > 0) {
                p.external.add("[" + book.externalBook(pxg.getExternalWorkbookNumber()) + "]"
                        + (pxg.getSheetName() == null ? "" : pxg.getSheetName()));
            } else if (ptg instanceof NameXPxg namex) {
                if (namex.getSheetName() != null) {
                    p.broken.add(
                            book.sheetIndex(namex.getSheetName()) < 0
                                    ? "sheet '" + namex.getSheetName() + "' is not in the workbook"
                                    : "name '" + namex.getNameName() + "' is not defined on sheet '"
                                            + namex.getSheetName() + "'");
                }
                // Without a sheet, NameXPxg names a function POI does not know (XLOOKUP, LET, add-ins): fine.
            } else if (ptg instanceof Pxg3D pxg) {
                missingSheet(p, book, pxg.getSheetName());
                missingSheet(p, book, pxg.getLastSheetName());
            }
        }
        return p;
    }

    private static void missingSheet(Problems p, SnapshotBook book, String sheet) {
        if (sheet != null && book.sheetIndex(sheet) < 0) {
            p.broken.add("sheet '" + sheet + "' is not in the workbook");
        }
    }
}
