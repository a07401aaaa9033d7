package com.gridvault.excel.action;

/** What a {@link ProposedAction} does to the workbook. */
public enum ActionKind {
    /** Writes constants into cells. */
    WRITE_VALUES,
    /** Writes formulas into cells. */
    WRITE_FORMULAS,
    /** Changes number formats only; values and formulas stay. */
    FORMAT,
    /** Inserts whole rows, shifting the cells below down. */
    INSERT_ROWS,
    /** Inserts whole columns, shifting the cells to the right. */
    INSERT_COLUMNS,
    /** Adds a new, empty worksheet. */
    ADD_SHEET,
    /** Adds a chart over a source range; no cell changes. */
    ADD_CHART;

    /**
     * Tells whether the kind carries a per-cell preview.
     *
     * @return true for the kinds that change cell contents or formats
     */
    public boolean changesCells() {
        return this == WRITE_VALUES || this == WRITE_FORMULAS || this == FORMAT;
    }
}
