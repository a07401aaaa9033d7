package com.gridvault.excel.formula;

import com.gridvault.excel.snapshot.NamedRange;
import com.gridvault.excel.snapshot.WorkbookSnapshot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.formula.EvaluationName;
import org.apache.poi.ss.formula.FormulaParsingWorkbook;
import org.apache.poi.ss.formula.SheetIdentifier;
import org.apache.poi.ss.formula.ptg.Area3DPxg;
import org.apache.poi.ss.formula.ptg.NamePtg;
import org.apache.poi.ss.formula.ptg.NameXPxg;
import org.apache.poi.ss.formula.ptg.Ptg;
import org.apache.poi.ss.formula.ptg.Ref3DPxg;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Table;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;

/**
 * The parsing workbook POI's {@code FormulaParser} asks about sheets and names, answered from a
 * snapshot. One per analysis (it remembers the unknown names and external books it has seen).
 *
 * <p>Every 3-D reference becomes a {@code Ref3DPxg}/{@code Area3DPxg} carrying the sheet name as
 * written, so unknown sheets parse and are reported later as broken references rather than syntax
 * errors. Defined names become {@link NamePtg}s: indices below {@link #knownNameCount()} are the
 * snapshot's names, the ones above are names the formulas use but the snapshot lacks, which the
 * analyzer makes parse by {@link #allowUnknown(String) allowing} them for one formula.
 */
final class SnapshotBook implements FormulaParsingWorkbook {

    private final List<String> sheetNames = new ArrayList<>();
    private final List<NamedRange> names;
    private final List<String> unknownNames = new ArrayList<>();
    private final Map<String, Integer> unknownIndex = new HashMap<>();
    private final List<String> externalBooks = new ArrayList<>();
    private final Set<Integer> allowedUnknown = new HashSet<>();
    private final Map<String, List<Integer>> nameIndex = new HashMap<>();

    SnapshotBook(WorkbookSnapshot snapshot) {
        snapshot.sheets().forEach(s -> sheetNames.add(s.name()));
        this.names = snapshot.names();
        for (int i = 0; i < names.size(); i++) {
            nameIndex
                    .computeIfAbsent(names.get(i).name().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(i);
        }
    }

    int sheetIndex(String name) {
        for (int i = 0; i < sheetNames.size(); i++) {
            if (sheetNames.get(i).equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    List<String> sheetNames() {
        return sheetNames;
    }

    int knownNameCount() {
        return names.size();
    }

    NamedRange knownName(int index) {
        return names.get(index);
    }

    /** The text of a name index, known or unknown. */
    String nameText(int index) {
        return index < names.size() ? names.get(index).name() : unknownNames.get(index - names.size());
    }

    /** The external workbook of a Pxg's external number, or null. */
    String externalBook(int externalWorkbookNumber) {
        return externalWorkbookNumber > 0 && externalWorkbookNumber <= externalBooks.size()
                ? externalBooks.get(externalWorkbookNumber - 1)
                : null;
    }

    /** Lets the next parse treat {@code name} as a (missing) defined range instead of failing. */
    void allowUnknown(String name) {
        allowedUnknown.add(unknownIndex(name));
    }

    /** Forgets the names allowed for the previous formula. */
    void resetAllowed() {
        allowedUnknown.clear();
    }

    private int unknownIndex(String name) {
        return unknownIndex.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> {
            unknownNames.add(name);
            return names.size() + unknownNames.size() - 1;
        });
    }

    /** Finds a snapshot name: the sheet-scoped one first, then the workbook-level one; -1 when absent. */
    int findName(String name, int sheetIndex) {
        String scope = sheetIndex >= 0 && sheetIndex < sheetNames.size() ? sheetNames.get(sheetIndex) : null;
        int global = -1;
        for (int i : nameIndex.getOrDefault(name.toLowerCase(Locale.ROOT), List.of())) {
            NamedRange n = names.get(i);
            if (n.scope() == null) {
                global = i;
            } else if (n.scope().equalsIgnoreCase(scope)) {
                return i;
            }
        }
        return global;
    }

    @Override
    public EvaluationName getName(String name, int sheetIndex) {
        int index = findName(name, sheetIndex);
        if (index >= 0) {
            return new RangeName(name, index);
        }
        Integer unknown = unknownIndex.get(name.toLowerCase(Locale.ROOT));
        if (unknown != null && allowedUnknown.contains(unknown)) {
            return new RangeName(name, unknown);
        }
        return null;
    }

    @Override
    public Name createName() {
        throw new UnsupportedOperationException("the snapshot workbook is read-only");
    }

    @Override
    public Table getTable(String name) {
        return null;
    }

    @Override
    public Ptg getNameXPtg(String name, SheetIdentifier sheet) {
        if (sheet == null) {
            // An unknown function (a newer Excel function or an add-in's): POI then emits NameXPxg(name).
            return null;
        }
        String sheetName = sheet.getSheetIdentifier() == null
                ? null
                : sheet.getSheetIdentifier().getName();
        int sheetIndex = sheetName == null ? -1 : sheetIndex(sheetName);
        if (sheet.getBookName() == null && sheetIndex >= 0) {
            int index = findName(name, sheetIndex);
            if (index >= 0 && names.get(index).scope() != null) {
                return new NamePtg(index);
            }
        }
        return new NameXPxg(external(sheet), sheetName, name);
    }

    @Override
    public Ptg get3DReferencePtg(CellReference cell, SheetIdentifier sheet) {
        return new Ref3DPxg(external(sheet), sheet, cell);
    }

    @Override
    public Ptg get3DReferencePtg(AreaReference area, SheetIdentifier sheet) {
        return new Area3DPxg(external(sheet), sheet, area);
    }

    private int external(SheetIdentifier sheet) {
        String book = sheet.getBookName();
        if (book == null) {
            return -1;
        }
        int at = externalBooks.indexOf(book);
        if (at < 0) {
            externalBooks.add(book);
            at = externalBooks.size() - 1;
        }
        return at + 1;
    }

    @Override
    public int getExternalSheetIndex(String sheetName) {
        return sheetIndex(sheetName);
    }

    @Override
    public int getExternalSheetIndex(String workbookName, String sheetName) {
        return -1;
    }

    @Override
    public SpreadsheetVersion getSpreadsheetVersion() {
        return SpreadsheetVersion.EXCEL2007;
    }

    /** A defined name as POI's parser sees it: always a range, never a function. */
    private record RangeName(String text, int index) implements EvaluationName {

        @Override
        public String getNameText() {
            return text;
        }

        @Override
        public boolean isFunctionName() {
            return false;
        }

        @Override
        public boolean hasFormula() {
            return true;
        }

        @Override
        public Ptg[] getNameDefinition() {
            return new Ptg[0];
        }

        @Override
        public boolean isRange() {
            return true;
        }

        @Override
        public NamePtg createPtg() {
            return new NamePtg(index);
        }
    }
}
