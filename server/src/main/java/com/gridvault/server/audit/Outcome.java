package com.gridvault.server.audit;

/** How an audited action ended. */
public enum Outcome {
    /** The action took effect. */
    SUCCESS,
    /** The action was attempted and failed (invalid input, conflict, wrong password, error). */
    FAILURE,
    /** The caller was not allowed to perform the action. */
    DENIED
}
