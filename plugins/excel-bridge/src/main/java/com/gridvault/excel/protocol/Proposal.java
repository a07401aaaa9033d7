package com.gridvault.excel.protocol;

import com.gridvault.excel.action.ProposedAction;
import com.gridvault.excel.autonomy.Decision;
import java.util.Objects;

/**
 * An action together with what the autonomy policy decided for it.
 *
 * @param action the action with its preview
 * @param decision apply, ask or refuse, with the reason the add-in shows
 */
public record Proposal(ProposedAction action, Decision decision) {

    /** Rejects nulls. */
    public Proposal {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(decision, "decision");
    }
}
