package com.gridvault.excel.autonomy;

import com.gridvault.excel.action.ActionKind;
import com.gridvault.excel.action.CellChange;
import com.gridvault.excel.action.CellState;
import com.gridvault.excel.action.ProposedAction;
import com.gridvault.excel.snapshot.CellAddress;
import com.gridvault.excel.snapshot.CellSnapshot;
import com.gridvault.excel.snapshot.IndexedWorkbook;
import com.gridvault.excel.snapshot.SheetSnapshot;
import com.gridvault.excel.snapshot.WorkbookSnapshot;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What an action would do to the snapshot: why it must be refused (malformed, stale, impossible),
 * or how many cells it touches and how much existing content it overwrites or shifts.
 *
 * @param refusal why the action cannot be applied at any level, or null
 * @param cellsTouched cells written, formatted or inserted
 * @param overwrittenFormulas formulas the action would replace
 * @param overwrittenValues non-empty constants the action would replace
 * @param shiftedCells non-empty cells an insert would move
 * @param firstOverwritten the first overwritten or shifted cell, for messages, or null
 * @param stale whether the refusal is a preview the workbook has moved past
 */
record Impact(
        String refusal,
        int cellsTouched,
        int overwrittenFormulas,
        int overwrittenValues,
        int shiftedCells,
        String firstOverwritten,
        boolean stale) {

    private static final int MAX_SHEET_NAME = 31;

    static Impact refused(String reason) {
        return new Impact(reason, 0, 0, 0, 0, null, false);
    }

    static Impact of(ProposedAction action, IndexedWorkbook book) {
        WorkbookSnapshot snapshot = book.snapshot();
        if (action.kind() == null) {
            return refused("the action has no kind");
        }
        if (action.kind() == ActionKind.ADD_SHEET) {
            return addSheet(action, snapshot);
        }
        SheetSnapshot sheet = action.sheet() == null ? null : snapshot.sheet(action.sheet());
        if (sheet == null) {
            return refused("sheet '" + action.sheet() + "' is not in the workbook");
        }
        return switch (action.kind()) {
            case WRITE_VALUES, WRITE_FORMULAS, FORMAT -> cells(action, book.cells(sheet.name()));
            case INSERT_ROWS -> insert(action, sheet, book.cells(sheet.name()), true);
            case INSERT_COLUMNS -> insert(action, sheet, book.cells(sheet.name()), false);
            case ADD_CHART ->
                Ranges.parseRange(action.target()) == null
                        ? refused("chart source '" + action.target() + "' is not an A1 range")
                        : new Impact(null, 0, 0, 0, 0, null, false);
            case ADD_SHEET -> throw new IllegalStateException("handled above");
        };
    }

    private static Impact addSheet(ProposedAction action, WorkbookSnapshot snapshot) {
        String name = action.sheet();
        if (name == null || name.isBlank() || name.length() > MAX_SHEET_NAME) {
            return refused("a new sheet needs a name of 1 to " + MAX_SHEET_NAME + " characters");
        }
        if (name.chars().anyMatch(c -> "[]:*?/\\".indexOf(c) >= 0)) {
            return refused("sheet name '" + name + "' contains one of [ ] : * ? / \\");
        }
        if (snapshot.sheet(name) != null) {
            return refused("a sheet named '" + name + "' already exists");
        }
        return new Impact(null, 0, 0, 0, 0, null, false);
    }

    private static Impact cells(ProposedAction action, Map<CellAddress, CellSnapshot> current) {
        if (action.changes().isEmpty()) {
            return refused("the action has no preview of the cells it changes");
        }
        Set<CellAddress> seen = new HashSet<>();
        int formulas = 0;
        int values = 0;
        String first = null;
        for (CellChange change : action.changes()) {
            CellAddress address = CellAddress.tryParse(change.address());
            if (address == null) {
                return refused("preview cell '" + change.address() + "' is not an A1 address");
            }
            if (!seen.add(address)) {
                return refused("preview lists " + address + " twice");
            }
            String mismatch = kindMismatch(action.kind(), change);
            if (mismatch != null) {
                return refused(action.kind() + " " + mismatch + " at " + address);
            }
            CellState now = CellState.of(current.get(address));
            if (!change.before().sameContent(now)) {
                return new Impact(
                        "the preview is stale: " + address + " changed since it was computed", 0, 0, 0, 0, null, true);
            }
            if (action.kind() != ActionKind.FORMAT && !now.isEmpty()) {
                if (now.hasFormula()) {
                    formulas++;
                } else {
                    values++;
                }
                first = first == null ? address.toA1() : first;
            }
        }
        return new Impact(null, action.changes().size(), formulas, values, 0, first, false);
    }

    private static String kindMismatch(ActionKind kind, CellChange change) {
        return switch (kind) {
            case WRITE_VALUES -> change.after().hasFormula() ? "writes a formula" : null;
            case WRITE_FORMULAS -> change.after().hasFormula() ? null : "writes no formula";
            case FORMAT -> change.after().sameContent(change.before()) ? null : "changes the content";
            default -> null;
        };
    }

    private static Impact insert(
            ProposedAction action, SheetSnapshot sheet, Map<CellAddress, CellSnapshot> cells, boolean rows) {
        int[] span = rows ? Ranges.parseRows(action.target()) : Ranges.parseColumns(action.target());
        if (span == null) {
            return refused(
                    "'" + action.target() + "' is not " + (rows ? "a row span like 5:7" : "a column span like C:D"));
        }
        int count = span[1] - span[0] + 1;
        int shifted = 0;
        CellAddress first = null;
        int furthest = -1;
        for (Map.Entry<CellAddress, CellSnapshot> entry : cells.entrySet()) {
            CellAddress a = entry.getKey();
            if (entry.getValue().isEmpty()) {
                continue;
            }
            int position = rows ? a.row() : a.column();
            furthest = Math.max(furthest, position);
            if (position >= span[0]) {
                shifted++;
                first = first == null || a.compareTo(first) < 0 ? a : first;
            }
        }
        int limit = rows ? CellAddress.MAX_ROWS : CellAddress.MAX_COLUMNS;
        if (furthest >= span[0] && furthest + count >= limit) {
            return refused("inserting " + count + (rows ? " rows" : " columns") + " would push cells off the sheet");
        }
        int width = width(sheet, rows);
        return new Impact(
                null,
                (int) Math.min(Integer.MAX_VALUE, (long) count * width),
                0,
                0,
                shifted,
                first == null ? null : first.toA1(),
                false);
    }

    /** Cells per inserted row (or column): the used range's width (or height), at least 1. */
    private static int width(SheetSnapshot sheet, boolean rows) {
        if (sheet.usedRangeTopLeft() == null || sheet.usedRangeBottomRight() == null) {
            return 1;
        }
        return rows
                ? sheet.usedRangeBottomRight().column()
                        - sheet.usedRangeTopLeft().column()
                        + 1
                : sheet.usedRangeBottomRight().row() - sheet.usedRangeTopLeft().row() + 1;
    }
}
