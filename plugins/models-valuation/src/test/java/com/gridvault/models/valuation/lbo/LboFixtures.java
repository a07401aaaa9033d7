package com.gridvault.models.valuation.lbo;

import java.util.List;

/** Inputs shared by the LBO tests. */
final class LboFixtures {

    static final LboOperatingYear STEADY = new LboOperatingYear(0.05, 0.20, 0.03, 0.03, 0.10);
    static final LboOperatingYear WEAK = new LboOperatingYear(0.0, 0.04, 0.03, 0.03, 0.0);
    static final LboOperatingYear LOSS = new LboOperatingYear(0.0, -0.05, 0.03, 0.03, 0.0);

    private LboFixtures() {}

    /** Entry 8.0x of 100 EBITDA, revolver 50 undrawn, TLB 400 at 7%, notes 150 at 9%, 5 years, exit 8.0x. */
    static LboInput base() {
        return withYears(List.of(STEADY, STEADY, STEADY, STEADY, STEADY), null);
    }

    /** The base deal with a weak year 2 whose cash shortfall the revolver funds. */
    static LboInput withShortfall() {
        return withYears(List.of(STEADY, WEAK, STEADY, STEADY, STEADY), null);
    }

    /** The base deal with a loss in year 2 larger than the revolver commitment. */
    static LboInput withUnfundedShortfall() {
        return withYears(List.of(STEADY, LOSS, STEADY, STEADY, STEADY), null);
    }

    static LboInput withYears(List<LboOperatingYear> years, LboSensitivityInput sensitivity) {
        return new LboInput(
                500.0,
                100.0,
                8.0,
                20.0,
                10.0,
                10.0,
                0.25,
                years,
                List.of(
                        new DebtTrancheInput("Revolver", TrancheType.REVOLVER, 0.0, 0.05, null, 50.0, 0.005),
                        new DebtTrancheInput("Term Loan B", TrancheType.TERM_LOAN, 400.0, 0.07, 0.01, null, null),
                        new DebtTrancheInput("Senior Notes", TrancheType.BULLET, 150.0, 0.09, null, null, null)),
                1.0,
                null,
                8.0,
                null,
                null,
                null,
                sensitivity);
    }

    /**
     * One year, flat revenue 1000 at a 10% margin (EBITDA 100), no D&amp;A, capex or NWC; a single
     * 400 term loan at 5% amortising 5%; tax 25%; entry and exit 5.0x.
     */
    static LboInput singleTermLoan(boolean averageBalances, Double sweepPct) {
        return new LboInput(
                1000.0,
                100.0,
                5.0,
                null,
                null,
                null,
                0.25,
                List.of(new LboOperatingYear(0.0, 0.10, null, null, null)),
                List.of(new DebtTrancheInput("TL", TrancheType.TERM_LOAN, 400.0, 0.05, 0.05, null, null)),
                sweepPct,
                null,
                5.0,
                averageBalances,
                1e-10,
                null,
                new LboSensitivityInput(null, null, 0));
    }
}
