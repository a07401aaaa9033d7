package com.gridvault.excel.formula;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Formulas that break the pattern of their row or column, e.g. one year of a projection that
 * multiplies by a different cell than the years around it.
 *
 * <p>A cell is reported when its two neighbours along a row (left and right) or a column (above
 * and below) hold formulas with the same relative form as each other, that form differs from the
 * cell's, and at least {@value #MIN_CONSISTENT} cells in the unbroken run on both sides share it.
 * The last cell of a run (a total column, a terminal year) has only one neighbour in the run and
 * is therefore never reported: that is where different formulas are normal.
 */
final class ConsistencyRule {

    static final int MIN_CONSISTENT = 3;

    /** Longest formula quoted in a message. */
    private static final int MAX_QUOTED = 80;

    private ConsistencyRule() {}

    /**
     * Checks the formula cells of one sheet.
     *
     * @param cells the sheet's parsed formula cells
     * @param forms their relative forms, index for index
     * @param out where findings go
     */
    static void check(List<FormulaCell> cells, List<String> forms, List<Finding> out) {
        Map<Long, Integer> at = new HashMap<>(cells.size() * 2);
        for (int i = 0; i < cells.size(); i++) {
            at.put(key(cells.get(i).row, cells.get(i).column), i);
        }
        for (int i = 0; i < cells.size(); i++) {
            FormulaCell cell = cells.get(i);
            String form = forms.get(i);
            String message = odd(cells, forms, at, cell, form, 0, 1, "row");
            if (message == null) {
                message = odd(cells, forms, at, cell, form, 1, 0, "column");
            }
            if (message != null) {
                out.add(new Finding(
                        FindingKind.INCONSISTENT_FORMULA, cell.sheetName, cell.address, message, Severity.WARNING));
            }
        }
    }

    private static String odd(
            List<FormulaCell> cells,
            List<String> forms,
            Map<Long, Integer> at,
            FormulaCell cell,
            String form,
            int dRow,
            int dColumn,
            String axis) {
        Integer before = at.get(key(cell.row - dRow, cell.column - dColumn));
        Integer after = at.get(key(cell.row + dRow, cell.column + dColumn));
        if (before == null || after == null) {
            return null;
        }
        String neighbour = forms.get(before);
        if (!neighbour.equals(forms.get(after)) || neighbour.equals(form)) {
            return null;
        }
        int run = 2
                + count(forms, at, cells.get(before), -dRow, -dColumn, neighbour)
                + count(forms, at, cells.get(after), dRow, dColumn, neighbour);
        if (run < MIN_CONSISTENT) {
            return null;
        }
        FormulaCell example = cells.get(before);
        FormulaCell other = cells.get(after);
        return "the formula breaks the pattern of its " + axis + ": " + example.address + " (=" + clip(example.formula)
                + ") and " + other.address + " (=" + clip(other.formula) + ") follow one pattern, this cell (="
                + clip(cell.formula) + ") does not";
    }

    private static String clip(String formula) {
        return formula.length() <= MAX_QUOTED ? formula : formula.substring(0, MAX_QUOTED) + "...";
    }

    /** Counts further cells with {@code form} beyond {@code from}, up to what the rule needs. */
    private static int count(
            List<String> forms, Map<Long, Integer> at, FormulaCell from, int dRow, int dColumn, String form) {
        int found = 0;
        int row = from.row + dRow;
        int column = from.column + dColumn;
        while (found < MIN_CONSISTENT) {
            Integer next = at.get(key(row, column));
            if (next == null || !forms.get(next).equals(form)) {
                break;
            }
            found++;
            row += dRow;
            column += dColumn;
        }
        return found;
    }

    private static long key(int row, int column) {
        return ((long) row << 20) | (column & 0xFFFFF);
    }
}
