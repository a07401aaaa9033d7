package com.gridvault.excel.autonomy;

/** What happens to a proposed action. */
public enum Outcome {
    /** Written without asking; a checkpoint makes it undoable. */
    APPLY_AUTOMATICALLY,
    /** Shown with its preview; written only after the analyst approves. */
    ASK,
    /** Never written: invalid, stale, or the workspace is suggest-only. */
    REFUSE
}
