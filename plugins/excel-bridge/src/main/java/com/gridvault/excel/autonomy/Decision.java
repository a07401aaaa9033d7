package com.gridvault.excel.autonomy;

import java.util.Objects;

/**
 * The policy's verdict on one action.
 *
 * @param outcome apply, ask or refuse
 * @param reason why, for the analyst and the audit log
 * @param stale whether it is refused because the preview no longer matches the workbook (ask again)
 */
public record Decision(Outcome outcome, String reason, boolean stale) {

    /** Rejects nulls; only a refusal can be stale. */
    public Decision {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reason, "reason");
        if (stale && outcome != Outcome.REFUSE) {
            throw new IllegalArgumentException("only a refusal can be stale");
        }
    }

    /**
     * A decision that is not about a stale preview.
     *
     * @param outcome apply, ask or refuse
     * @param reason why
     */
    public Decision(Outcome outcome, String reason) {
        this(outcome, reason, false);
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

    static Decision stale(String reason) {
        return new Decision(Outcome.REFUSE, reason, true);
    }
}
