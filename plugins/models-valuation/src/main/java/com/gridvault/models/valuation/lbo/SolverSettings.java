package com.gridvault.models.valuation.lbo;

/** The financing settings that stay fixed across years, with defaults already applied. */
record SolverSettings(
        double taxRate,
        double minimumCash,
        double sweepPct,
        boolean averageBalances,
        double tolerance,
        int maxIterations) {}
