package com.gridvault.excel.formula;

/** What a {@link Finding} is about. */
public enum FindingKind {
    /** The formula does not parse. */
    SYNTAX_ERROR,
    /** A {@code #REF!}, or a sheet, defined name or table the snapshot does not have. */
    BROKEN_REFERENCE,
    /** A reference into another workbook ({@code [Book.xlsx]Sheet!A1}). */
    EXTERNAL_REFERENCE,
    /** Cells that depend on themselves, directly or through other cells. */
    CIRCULAR_REFERENCE,
    /** A number typed into a formula instead of referenced from an input cell. */
    HARD_CODED_NUMBER,
    /** A formula whose relative (R1C1) form differs from its consistent neighbours. */
    INCONSISTENT_FORMULA,
    /** A construct the analyzer does not check, e.g. structured table references. */
    NOT_ANALYZED
}
