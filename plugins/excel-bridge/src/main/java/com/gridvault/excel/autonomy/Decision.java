package com.gridvault.excel.autonomy;

import java.util.Objects;

/**
 * The policy's verdict on one action.
 *
 * @param outcome apply, ask or refuse
 * @param reason why, for the analyst and the audit log
 */
public record Decision(Outcome outcome, String reason) {

    /** Rejects nulls. */
    public Decision {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reason, "reason");
    }

    static Decision apply(String reason) {
        return new Decision(Outcome.APPLY_AUTOMATICALLY, reason);
    }

    static Decision ask(String reason) {
        return new Decision(Outcome.ASK, reason);
    }

    static Decision refuse(String reason) {
        return new Decision(Outcome.REFUSE, reason);
    }
}
