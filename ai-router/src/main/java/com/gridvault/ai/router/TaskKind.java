package com.gridvault.ai.router;

/**
 * What a caller asks the model to do. Each organization routes each kind separately, so that, for
 * example, formula generation can go to a code-tuned model while summaries use a cheaper one.
 */
public enum TaskKind {
    /** Free conversation with an assistant. */
    CHAT,
    /** Writing or explaining a spreadsheet formula. */
    FORMULA,
    /** Writing or explaining program code. */
    CODE,
    /** Condensing a document or a thread. */
    SUMMARIZE,
    /** Pulling structured fields out of text, usually as JSON. */
    EXTRACT
}
