package com.gridvault.excel.protocol;

/** Why a message failed; stable names for the add-in to branch on. */
public enum ErrorCode {
    /** No protocol version in common; the add-in must be updated. */
    UNSUPPORTED_VERSION,
    /** The envelope lacks a field, or its version is not the negotiated one. */
    MALFORMED_ENVELOPE,
    /** The type's wire name is unknown. */
    UNKNOWN_TYPE,
    /** The payload is missing, of the wrong type, or invalid (see the field errors). */
    INVALID_PAYLOAD,
    /** The snapshot is over a limit (cells, sheets, formula length); send less. */
    SNAPSHOT_TOO_LARGE,
    /** A message other than {@code hello} arrived before the version was negotiated. */
    NOT_NEGOTIATED,
    /** The action's preview no longer matches the workbook; propose again. */
    STALE_PREVIEW,
    /** The autonomy policy refused the action. */
    ACTION_REFUSED,
    /** Undo with nothing to undo. */
    NOTHING_TO_UNDO,
    /** Redo with nothing to redo. */
    NOTHING_TO_REDO,
    /** The server failed; the request may be retried. */
    INTERNAL_ERROR,
    /** The workspace named in hello does not exist or the user may not use it (the same answer for both). */
    NO_SUCH_WORKSPACE,
    /** The request needs the workbook, and no snapshot has been sent on this session. */
    NO_SNAPSHOT,
    /** The organization's AI could not answer: none configured, budget spent, or every provider failed. */
    AI_UNAVAILABLE,
    /** An approval or result for an action this session did not propose (or already settled). */
    UNKNOWN_ACTION,
    /** A model run failed: unknown model, or inputs the model rejects (see the field errors). */
    MODEL_FAILED,
    /** A model run replaced by a newer one before its input range arrived. */
    SUPERSEDED,
    /** A range's cells for a read this session did not ask for, or no longer waits for. */
    UNKNOWN_REQUEST,
    /** A model run whose input range did not arrive in time; run it again. */
    RANGE_READ_TIMEOUT,
    /** The add-in could not read a model run's input range (see the message). */
    RANGE_READ_FAILED
}
