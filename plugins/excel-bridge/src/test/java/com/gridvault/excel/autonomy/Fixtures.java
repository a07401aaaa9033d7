package com.gridvault.excel.autonomy;

import com.gridvault.excel.action.ActionKind;
import com.gridvault.excel.action.CellChange;
import com.gridvault.excel.action.CellState;
import com.gridvault.excel.action.ProposedAction;
import com.gridvault.excel.snapshot.CellAddress;
import com.gridvault.excel.snapshot.CellSnapshot;
import com.gridvault.excel.snapshot.SheetSnapshot;
import com.gridvault.excel.snapshot.WorkbookSnapshot;
import java.util.ArrayList;
import java.util.List;

/**
 * The target states of the policy table and the actions that meet them. The sheet "Model" has a
 * label in A1; the target is B2:B4, which is empty, holds values or holds formulas; TOO_MANY aims
 * at 501 empty cells (D1:D501 for cell kinds and charts, 501 rows or columns for inserts).
 */
final class Fixtures {

    enum Target {
        EMPTY,
        VALUES,
        FORMULAS,
        TOO_MANY
    }

    static final int TOO_MANY_CELLS = AutonomySettings.DEFAULT_MAX_CELLS_PER_CHANGE + 1;

    private Fixtures() {}

    static WorkbookSnapshot snapshot(Target target) {
        List<CellSnapshot> cells = new ArrayList<>();
        cells.add(CellSnapshot.value("A1", "Revenue"));
        for (int row = 2; row <= 4; row++) {
            if (target == Target.VALUES) {
                cells.add(CellSnapshot.value("B" + row, (double) row));
            } else if (target == Target.FORMULAS) {
                cells.add(CellSnapshot.formula("B" + row, "A" + row + "*2"));
            }
        }
        return WorkbookSnapshot.of("wb", SheetSnapshot.of("Model", cells));
    }

    static ProposedAction action(ActionKind kind, Target target) {
        WorkbookSnapshot snapshot = snapshot(target);
        boolean many = target == Target.TOO_MANY;
        return switch (kind) {
            case WRITE_VALUES -> cells(kind, snapshot, many, CellState.value(42.0));
            case WRITE_FORMULAS -> cells(kind, snapshot, many, CellState.formula("A1*2"));
            case FORMAT -> cells(kind, snapshot, many, null);
            case INSERT_ROWS ->
                new ProposedAction("a", kind, "Model", many ? "2:" + (1 + TOO_MANY_CELLS) : "2", "", null);
            case INSERT_COLUMNS ->
                new ProposedAction(
                        "a", kind, "Model", many ? "B:" + CellAddress.columnLetters(TOO_MANY_CELLS) : "B:B", "", null);
            case ADD_SHEET ->
                new ProposedAction(
                        "a",
                        kind,
                        target == Target.VALUES || target == Target.FORMULAS ? "Model" : "Summary",
                        null,
                        "",
                        null);
            case ADD_CHART ->
                new ProposedAction("a", kind, "Model", many ? "D1:D" + TOO_MANY_CELLS : "B2:B4", "", null);
        };
    }

    private static ProposedAction cells(ActionKind kind, WorkbookSnapshot snapshot, boolean many, CellState after) {
        SheetSnapshot sheet = snapshot.sheet("Model");
        List<CellChange> changes = new ArrayList<>();
        List<String> addresses = new ArrayList<>();
        if (many) {
            for (int row = 1; row <= TOO_MANY_CELLS; row++) {
                addresses.add("D" + row);
            }
        } else {
            addresses.addAll(List.of("B2", "B3", "B4"));
        }
        for (String address : addresses) {
            CellState before = CellState.of(sheet.cell(address));
            CellState next = after != null ? after : new CellState(before.value(), before.formula(), "0.0%");
            changes.add(new CellChange(address, before, next));
        }
        return new ProposedAction(
                "a", kind, "Model", addresses.get(0) + ":" + addresses.get(addresses.size() - 1), "", changes);
    }
}
