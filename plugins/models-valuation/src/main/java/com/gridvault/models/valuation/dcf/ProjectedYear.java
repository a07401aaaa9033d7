package com.gridvault.models.valuation.dcf;

/** One projected year before discounting; operating lines are null for direct cash flows. */
record ProjectedYear(
        int year,
        Double revenue,
        Double ebitda,
        Double depreciationAmortization,
        Double ebit,
        Double taxOnEbit,
        Double nopat,
        Double capex,
        Double changeInNwc,
        double unleveredFreeCashFlow) {}
