package com.gridvault.excel.session;

import com.gridvault.excel.action.ActionKind;
import com.gridvault.excel.action.CellChange;
import com.gridvault.excel.action.CellState;
import com.gridvault.excel.action.ProposedAction;
import com.gridvault.excel.autonomy.Checkpoint;
import com.gridvault.excel.snapshot.CellAddress;
import com.gridvault.excel.snapshot.CellSnapshot;
import com.gridvault.excel.snapshot.SheetSnapshot;
import com.gridvault.excel.snapshot.WorkbookSnapshot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns intended cell states into previews against the snapshot, reverses applied changes for undo,
 * and folds written states back into the snapshot.
 */
final class Previews {

    private Previews() {}

    /** The cells of a sheet by canonical A1 address. */
    static Map<String, CellSnapshot> index(SheetSnapshot sheet) {
        Map<String, CellSnapshot> cells = new HashMap<>();
        if (sheet != null) {
            for (CellSnapshot cell : sheet.cells()) {
                CellAddress address = cell == null ? null : CellAddress.tryParse(cell.address());
                if (address != null) {
                    cells.put(address.toA1(), cell);
                }
            }
        }
        return cells;
    }

    /** Canonical A1 of an address, or the text unchanged when it is not one (the policy refuses it). */
    static String canonical(String a1) {
        CellAddress address = CellAddress.tryParse(a1);
        return address == null ? a1 : address.toA1();
    }

    /**
     * An action whose {@code before} states come from the snapshot.
     *
     * @param after intended states by address, in order
     */
    static ProposedAction cellAction(
            String id,
            ActionKind kind,
            WorkbookSnapshot snapshot,
            String sheet,
            String target,
            String description,
            Map<String, CellState> after) {
        Map<String, CellSnapshot> cells = index(snapshot.sheet(sheet));
        List<CellChange> changes = new ArrayList<>(after.size());
        after.forEach((address, state) ->
                changes.add(new CellChange(canonical(address), CellState.of(cells.get(canonical(address))), state)));
        return new ProposedAction(id, kind, sheet, target, description, changes);
    }

    /** Whether every {@code before} of the action still matches the snapshot. */
    static boolean current(ProposedAction action, WorkbookSnapshot snapshot) {
        if (action.changes().isEmpty()) {
            return true;
        }
        Map<String, CellSnapshot> cells = index(snapshot.sheet(action.sheet()));
        for (CellChange change : action.changes()) {
            if (!CellState.of(cells.get(canonical(change.address()))).sameContent(change.before())) {
                return false;
            }
        }
        return true;
    }

    /** The action undo sends: the same kind and target, {@code after} being the states to restore. */
    static ProposedAction undoOf(Checkpoint checkpoint, String id) {
        ProposedAction applied = checkpoint.action();
        List<CellChange> reversed = new ArrayList<>(applied.changes().size());
        for (CellChange change : applied.changes()) {
            reversed.add(new CellChange(change.address(), change.after(), change.before()));
        }
        return new ProposedAction(
                id, applied.kind(), applied.sheet(), applied.target(), "undo: " + applied.description(), reversed);
    }

    /** The action redo sends: the applied action again under a new id. */
    static ProposedAction redoOf(Checkpoint checkpoint, String id) {
        ProposedAction applied = checkpoint.action();
        return new ProposedAction(
                id,
                applied.kind(),
                applied.sheet(),
                applied.target(),
                "redo: " + applied.description(),
                applied.changes());
    }

    /** The snapshot after the task pane wrote the action's {@code after} states. */
    static WorkbookSnapshot written(WorkbookSnapshot snapshot, ProposedAction action) {
        if (action.changes().isEmpty() || snapshot.sheet(action.sheet()) == null) {
            return snapshot;
        }
        List<SheetSnapshot> sheets = new ArrayList<>(snapshot.sheets().size());
        for (SheetSnapshot sheet : snapshot.sheets()) {
            sheets.add(sheet.name().equals(action.sheet()) ? write(sheet, action) : sheet);
        }
        return new WorkbookSnapshot(snapshot.workbookId(), sheets, snapshot.names());
    }

    private static SheetSnapshot write(SheetSnapshot sheet, ProposedAction action) {
        Map<String, CellSnapshot> cells = new LinkedHashMap<>(index(sheet));
        for (CellChange change : action.changes()) {
            String address = canonical(change.address());
            CellState after = change.after();
            if (after.isEmpty()) {
                cells.remove(address);
            } else {
                cells.put(address, new CellSnapshot(address, after.value(), after.formula(), after.numberFormat()));
            }
        }
        return SheetSnapshot.of(sheet.name(), List.copyOf(cells.values()));
    }
}
