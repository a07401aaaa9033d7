package com.gridvault.excel.session;

import com.gridvault.excel.action.ActionKind;
import com.gridvault.excel.action.CellChange;
import com.gridvault.excel.action.CellState;
import com.gridvault.excel.action.ProposedAction;
import com.gridvault.excel.autonomy.Checkpoint;
import com.gridvault.excel.snapshot.CellAddress;
import com.gridvault.excel.snapshot.CellSnapshot;
import com.gridvault.excel.snapshot.IndexedWorkbook;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns intended cell states into previews against the workbook, applied changes into undo/redo, and
 * written changes into the session's workbook.
 */
final class Previews {

    private Previews() {}

    /** Canonical A1 of an address, or the text unchanged when it is not one (the policy refuses it). */
    static String canonical(String a1) {
        CellAddress address = CellAddress.tryParse(a1);
        return address == null ? a1 : address.toA1();
    }

    /**
     * An action whose {@code before} states come from the workbook.
     *
     * @param after intended states by address, in order
     */
    static ProposedAction cellAction(
            String id,
            ActionKind kind,
            IndexedWorkbook book,
            String sheet,
            String target,
            String description,
            Map<String, CellState> after) {
        List<CellChange> changes = new ArrayList<>(after.size());
        after.forEach((address, state) ->
                changes.add(new CellChange(canonical(address), CellState.of(book.cell(sheet, address)), state)));
        return new ProposedAction(id, kind, sheet, target, description, changes);
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

    /** The workbook after the task pane wrote the action's {@code after} states. */
    static IndexedWorkbook written(IndexedWorkbook book, ProposedAction action) {
        if (action.changes().isEmpty() || book.snapshot().sheet(action.sheet()) == null) {
            return book;
        }
        Map<CellAddress, CellSnapshot> cells = new HashMap<>(book.cells(action.sheet()));
        for (CellChange change : action.changes()) {
            CellAddress address = CellAddress.parse(change.address());
            CellState after = change.after();
            if (after.isEmpty()) {
                cells.remove(address);
            } else {
                cells.put(
                        address,
                        new CellSnapshot(address.toA1(), after.value(), after.formula(), after.numberFormat()));
            }
        }
        return book.withSheet(action.sheet(), cells);
    }
}
