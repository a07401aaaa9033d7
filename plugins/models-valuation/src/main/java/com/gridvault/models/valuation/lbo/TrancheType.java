package com.gridvault.models.valuation.lbo;

import com.gridvault.plugin.api.model.Doc;

/** How a debt tranche is repaid. */
@Doc(
        "Debt tranche kind: TERM_LOAN amortises and is swept, BULLET is repaid at exit, REVOLVER draws and is swept first.")
public enum TrancheType {
    /** Amortises a fixed share of its original principal each year and is prepaid by the cash sweep. */
    TERM_LOAN,
    /** Repaid in one payment; outstanding at exit (e.g. senior or subordinated notes). */
    BULLET,
    /** Drawn up to its commitment to cover shortfalls; the cash sweep repays it first. */
    REVOLVER
}
