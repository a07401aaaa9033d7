package com.gridvault.excel.autonomy;

import com.gridvault.excel.action.CellChange;
import com.gridvault.excel.action.CellState;
import com.gridvault.excel.action.ProposedAction;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One applied change, kept so it can be undone: the action with its preview, whose {@code before}
 * states are what undo writes back.
 *
 * @param sequence a number increasing with every recorded change
 * @param action the applied action
 */
public record Checkpoint(long sequence, ProposedAction action) {

    /** Rejects a missing action. */
    public Checkpoint {
        Objects.requireNonNull(action, "action");
    }

    /**
     * The cell states that undo writes, by address (the preview's {@code before}). Structural
     * kinds (inserts, sheets, charts) have none: the add-in undoes them by the inverse operation.
     *
     * @return address to state, in preview order
     */
    public Map<String, CellState> undoStates() {
        Map<String, CellState> states = new LinkedHashMap<>();
        for (CellChange change : action.changes()) {
            states.put(change.address(), change.before());
        }
        return states;
    }

    /**
     * The cell states that redo writes again, by address (the preview's {@code after}).
     *
     * @return address to state, in preview order
     */
    public Map<String, CellState> redoStates() {
        Map<String, CellState> states = new LinkedHashMap<>();
        for (CellChange change : action.changes()) {
            states.put(change.address(), change.after());
        }
        return states;
    }
}
