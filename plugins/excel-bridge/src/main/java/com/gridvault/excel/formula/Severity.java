package com.gridvault.excel.formula;

/** How much a finding matters to the analyst. */
public enum Severity {
    /** The workbook computes something wrong or cannot compute it (cycles, broken references, syntax). */
    ERROR,
    /** Probably a modelling mistake or a risk (hard-coded numbers, inconsistent formulas, external links). */
    WARNING,
    /** Worth knowing, not a mistake (constructs the analyzer cannot check). */
    INFO
}
