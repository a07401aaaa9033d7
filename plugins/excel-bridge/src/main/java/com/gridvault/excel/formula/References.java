package com.gridvault.excel.formula;

import com.gridvault.excel.snapshot.NamedRange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.formula.FormulaType;
import org.apache.poi.ss.formula.ptg.AreaPtgBase;
import org.apache.poi.ss.formula.ptg.NamePtg;
import org.apache.poi.ss.formula.ptg.Ptg;
import org.apache.poi.ss.formula.ptg.Pxg3D;
import org.apache.poi.ss.formula.ptg.RefPtgBase;

/**
 * Resolves a formula's tokens to the cell rectangles it reads: plain references on the formula's
 * sheet, 3-D references (including {@code Sheet1:Sheet3!A1} spans, in tab order) and defined
 * names, followed through other names up to a fixed depth. References into other workbooks,
 * unknown sheets and unknown names resolve to nothing (they are reported elsewhere). Functions
 * that compute references at run time ({@code INDIRECT}, {@code OFFSET}'s result) are not
 * followed: their static arguments are.
 */
final class References {

    private static final int MAX_NAME_DEPTH = 10;

    private final SnapshotBook book;
    private final Map<Integer, List<Target>> nameTargets = new HashMap<>();

    References(SnapshotBook book) {
        this.book = book;
    }

    List<Target> targets(Ptg[] tokens, int sheet) {
        List<Target> out = new ArrayList<>();
        collect(tokens, sheet, out, 0);
        return out;
    }

    private void collect(Ptg[] tokens, int sheet, List<Target> out, int depth) {
        for (Ptg ptg : tokens) {
            if (ptg instanceof Pxg3D pxg) {
                collect3d(pxg, out);
            } else if (ptg instanceof RefPtgBase ref) {
                out.add(new Target(sheet, ref.getRow(), ref.getColumn(), ref.getRow(), ref.getColumn()));
            } else if (ptg instanceof AreaPtgBase area) {
                out.add(area(sheet, area));
            } else if (ptg instanceof NamePtg name && name.getIndex() < book.knownNameCount()) {
                out.addAll(nameTargets(name.getIndex(), depth));
            }
        }
    }

    private void collect3d(Pxg3D pxg, List<Target> out) {
        if (pxg.getExternalWorkbookNumber() > 0) {
            return;
        }
        int first = book.sheetIndex(pxg.getSheetName());
        int last = pxg.getLastSheetName() == null ? first : book.sheetIndex(pxg.getLastSheetName());
        if (first < 0 || last < 0) {
            return;
        }
        for (int s = Math.min(first, last); s <= Math.max(first, last); s++) {
            if (pxg instanceof RefPtgBase ref) {
                out.add(new Target(s, ref.getRow(), ref.getColumn(), ref.getRow(), ref.getColumn()));
            } else if (pxg instanceof AreaPtgBase area) {
                out.add(area(s, area));
            }
        }
    }

    private static Target area(int sheet, AreaPtgBase area) {
        return new Target(
                sheet,
                Math.min(area.getFirstRow(), area.getLastRow()),
                Math.min(area.getFirstColumn(), area.getLastColumn()),
                Math.max(area.getFirstRow(), area.getLastRow()),
                Math.max(area.getFirstColumn(), area.getLastColumn()));
    }

    /** The rectangles a snapshot name refers to; names that loop or nest too deep resolve to what was found. */
    List<Target> nameTargets(int index, int depth) {
        List<Target> cached = nameTargets.get(index);
        if (cached != null) {
            return cached;
        }
        if (depth >= MAX_NAME_DEPTH) {
            return List.of();
        }
        nameTargets.put(index, List.of()); // guards against names that refer to themselves
        NamedRange name = book.knownName(index);
        Tokenizer.Result parsed = parseName(name);
        List<Target> targets = new ArrayList<>();
        if (parsed.tokens() != null) {
            collect(parsed.tokens(), scopeSheet(name), targets, depth + 1);
        }
        List<Target> result = List.copyOf(targets);
        nameTargets.put(index, result);
        return result;
    }

    Tokenizer.Result parseName(NamedRange name) {
        return Tokenizer.parse(book, name.refersTo(), FormulaType.NAMEDRANGE, scopeSheet(name), -1);
    }

    int scopeSheet(NamedRange name) {
        int scope = name.scope() == null ? -1 : book.sheetIndex(name.scope());
        return scope >= 0 ? scope : 0;
    }
}
