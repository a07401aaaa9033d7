package com.gridvault.models.valuation.lbo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.gridvault.plugin.api.model.ModelContext;
import java.util.List;
import org.junit.jupiter.api.Test;

class LboCalculatorTest {

    private static final double EPS = 1e-9;

    private final LboCalculator calculator = LboCalculator.DEFAULT;
    private final ModelContext context = ModelContext.standalone();

    @Test
    void sourcesEqualUsesWithSponsorEquityAsThePlug() {
        // Uses: EV 8.0 * 100 = 800 + fees 20 + 10 + cash 10 = 840. Debt 0 + 400 + 150 = 550.
        // Sponsor equity = 840 - 550 = 290 (Rosenbaum & Pearl, Investment Banking, ch. 4, sources and uses).
        SourcesAndUses su = calculator.calculate(LboFixtures.base(), context).sourcesAndUses();

        assertThat(su.purchaseEnterpriseValue()).isCloseTo(800, within(EPS));
        assertThat(su.totalUses()).isCloseTo(840, within(EPS));
        assertThat(su.totalDebt()).isCloseTo(550, within(EPS));
        assertThat(su.sponsorEquity()).isCloseTo(290, within(EPS));
        assertThat(su.totalSources()).isCloseTo(su.totalUses(), within(EPS));
        assertThat(su.sources())
                .extracting(SourceLine::name)
                .containsExactly("Revolver", "Term Loan B", "Senior Notes", "Sponsor equity");
        assertThat(su.entryLeverage()).isCloseTo(5.5, within(EPS));
    }

    @Test
    void openingBalanceInterestYearOneByHand() {
        // Interest on opening balance: 5% * 400 = 20. EBIT 100; taxes (100 - 20) * 25% = 20; NI 60;
        // cash flow 60; mandatory 5% * 400 = 20; excess 40 swept in full; closing 400 - 20 - 40 = 340.
        LboOutput out = calculator.calculate(LboFixtures.singleTermLoan(false, null), context);

        LboYear y1 = out.years().get(0);
        assertThat(y1.interestExpense()).isCloseTo(20, within(EPS));
        assertThat(y1.taxes()).isCloseTo(20, within(EPS));
        assertThat(y1.netIncome()).isCloseTo(60, within(EPS));
        assertThat(y1.mandatoryRepayment()).isCloseTo(20, within(EPS));
        assertThat(y1.sweepRepayment()).isCloseTo(40, within(EPS));
        assertThat(y1.totalDebt()).isCloseTo(340, within(EPS));
        assertThat(y1.iterations()).isEqualTo(1);
        // Exit: EV 5 * 100 = 500, net debt 340, equity 160 on 100 invested = 1.6x over one year = 60%.
        assertThat(out.returns().moic()).isCloseTo(1.6, within(EPS));
        assertThat(out.returns().irr()).isCloseTo(0.6, within(EPS));
    }

    @Test
    void averageBalanceInterestConvergesToTheClosedFormFixedPoint() {
        // With interest I on the average balance: sweep = (100 - I) * 0.75 - 20, closing C = 380 - sweep
        // = 325 + 0.75 I, and I = 5% * (400 + C) / 2 = 18.125 + 0.01875 I, so I = 18.125 / 0.98125
        // (solved by hand; the model iterates instead).
        LboOutput out = calculator.calculate(LboFixtures.singleTermLoan(true, null), context);

        double interest = 18.125 / 0.98125;
        LboYear y1 = out.years().get(0);
        assertThat(y1.interestExpense()).isCloseTo(interest, within(1e-9));
        assertThat(y1.totalDebt()).isCloseTo(325 + 0.75 * interest, within(1e-8));
        assertThat(y1.iterations()).isBetween(2, 20);
        assertThat(out.convergence().converged()).isTrue();
        assertThat(out.convergence().maxResidual()).isLessThanOrEqualTo(1e-10);
    }

    @Test
    void partialSweepKeepsTheRestAsCash() {
        // Opening-balance case above with a 50% sweep: excess 40, sweep 20, cash 0 + 20.
        LboYear y1 = calculator
                .calculate(LboFixtures.singleTermLoan(false, 0.5), context)
                .years()
                .get(0);

        assertThat(y1.sweepRepayment()).isCloseTo(20, within(EPS));
        assertThat(y1.closingCash()).isCloseTo(20, within(EPS));
        assertThat(y1.netDebt()).isCloseTo(360 - 20, within(EPS));
    }

    @Test
    void debtScheduleInvariantsHoldEveryYear() {
        for (LboInput in :
                List.of(LboFixtures.base(), LboFixtures.withShortfall(), LboFixtures.withUnfundedShortfall())) {
            LboOutput out = calculator.calculate(in, context);
            for (LboYear y : out.years()) {
                double sweptOrDrawn = 0;
                for (TrancheYear t : y.tranches()) {
                    assertThat(t.closingBalance())
                            .as("roll-forward of %s in year %d", t.name(), y.year())
                            .isCloseTo(
                                    t.openingBalance() + t.draw() - t.mandatoryRepayment() - t.sweepRepayment(),
                                    within(EPS));
                    assertThat(t.closingBalance()).as("sweep never overpays").isGreaterThanOrEqualTo(0);
                    assertThat(t.sweepRepayment()).isGreaterThanOrEqualTo(0);
                    assertThat(t.sweepRepayment()).isLessThanOrEqualTo(t.openingBalance() - t.mandatoryRepayment());
                    sweptOrDrawn += t.draw() + t.sweepRepayment();
                }
                assertThat(y.closingCash())
                        .as("cash roll-forward in year %d", y.year())
                        .isCloseTo(
                                y.openingCash()
                                        + y.cashFlowBeforeDebtRepayment()
                                        - y.mandatoryRepayment()
                                        + y.revolverDraw()
                                        - y.sweepRepayment(),
                                within(1e-8));
                assertThat(y.closingCash())
                        .isCloseTo(Math.max(y.closingCash(), 10) - y.unfundedShortfall(), within(1e-9));
                assertThat(sweptOrDrawn).isGreaterThanOrEqualTo(0);
            }
        }
    }

    @Test
    void revolverDrawsOnlyOnAShortfallAndIsRepaidFirst() {
        LboOutput out = calculator.calculate(LboFixtures.withShortfall(), context);

        for (LboYear y : out.years()) {
            double cashBeforeRevolver = y.openingCash() + y.cashFlowBeforeDebtRepayment() - y.mandatoryRepayment();
            double shortfall = Math.max(0, 10 - cashBeforeRevolver);
            assertThat(y.revolverDraw()).as("draw in year %d", y.year()).isCloseTo(shortfall, within(1e-8));
        }
        LboYear loss = out.years().get(1);
        assertThat(loss.revolverDraw()).isPositive();
        assertThat(loss.sweepRepayment()).isZero();
        LboYear recovery = out.years().get(2);
        TrancheYear revolver = recovery.tranches().get(0);
        TrancheYear termLoan = recovery.tranches().get(1);
        assertThat(revolver.sweepRepayment()).isPositive();
        if (termLoan.sweepRepayment() > 0) {
            assertThat(revolver.closingBalance())
                    .as("revolver cleared before term loan prepaid")
                    .isZero();
        }
        assertThat(out.warnings()).isEmpty();
    }

    @Test
    void aShortfallBeyondTheCommitmentDrawsItInFullAndIsReported() {
        LboOutput out = calculator.calculate(LboFixtures.withUnfundedShortfall(), context);

        LboYear loss = out.years().get(1);
        assertThat(loss.tranches().get(0).closingBalance()).isCloseTo(50, within(EPS));
        assertThat(loss.unfundedShortfall()).isPositive();
        assertThat(loss.closingCash()).isCloseTo(10 - loss.unfundedShortfall(), within(1e-9));
        // Year 3 starts with the revolver full and cash below minimum, so it is still short.
        assertThat(out.warnings()).first().asString().startsWith("Year 2: cash is");
        assertThat(out.years().get(2).sweepRepayment()).isZero();
    }

    @Test
    void interestIsChargedOnAverageBalancesWithinTolerance() {
        LboOutput out = calculator.calculate(LboFixtures.withShortfall(), context);
        double tolerance = out.convergence().tolerance();

        assertThat(out.convergence().converged()).isTrue();
        assertThat(out.convergence().interestOnAverageBalances()).isTrue();
        List<Double> rates = List.of(0.05, 0.07, 0.09);
        for (LboYear y : out.years()) {
            double total = 0;
            for (int i = 0; i < 3; i++) {
                TrancheYear t = y.tranches().get(i);
                assertThat(t.interest()).isCloseTo(rates.get(i) * t.averageBalance(), within(2 * tolerance));
                total += t.interest() + t.commitmentFee();
            }
            // Revolver fee: 0.5% on the undrawn average of the 50 commitment.
            TrancheYear revolver = y.tranches().get(0);
            assertThat(revolver.commitmentFee())
                    .isCloseTo(0.005 * (50 - revolver.averageBalance()), within(2 * tolerance));
            assertThat(y.interestExpense()).isCloseTo(total, within(EPS));
        }
    }

    @Test
    void returnsSatisfyTheIrrMoicIdentity() {
        LboOutput out = calculator.calculate(LboFixtures.base(), context);
        LboReturns r = out.returns();
        LboYear exit = out.years().get(4);

        assertThat(r.exitYear()).isEqualTo(5);
        assertThat(r.exitEnterpriseValue()).isCloseTo(8.0 * exit.ebitda(), within(EPS));
        assertThat(r.netDebtAtExit()).isCloseTo(exit.totalDebt() - exit.closingCash(), within(EPS));
        assertThat(r.exitEquityValue()).isCloseTo(r.exitEnterpriseValue() - r.netDebtAtExit(), within(EPS));
        assertThat(r.moic()).isCloseTo(r.exitEquityValue() / 290, within(EPS));
        // (1 + IRR)^n = MOIC for a single cheque in and a single distribution out.
        assertThat(Math.pow(1 + r.irr(), 5)).isCloseTo(r.moic(), within(1e-12));
        // NPV at the IRR is zero: -290 + proceeds / (1 + IRR)^5.
        assertThat(-290 + r.exitEquityValue() / Math.pow(1 + r.irr(), 5)).isCloseTo(0, within(1e-9));
    }

    @Test
    void earlierExitStopsTheSchedule() {
        LboInput b = LboFixtures.base();
        LboInput in = new LboInput(
                b.entryRevenue(),
                b.entryEbitda(),
                b.entryMultiple(),
                b.transactionFees(),
                b.financingFees(),
                b.minimumCash(),
                b.taxRate(),
                b.years(),
                b.tranches(),
                b.cashSweepPct(),
                3,
                b.exitMultiple(),
                b.interestOnAverageBalances(),
                b.tolerance(),
                b.maxIterations(),
                b.sensitivity());

        LboOutput out = calculator.calculate(in, context);

        assertThat(out.years()).hasSize(3);
        assertThat(Math.pow(1 + out.returns().irr(), 3)).isCloseTo(out.returns().moic(), within(1e-12));
    }

    @Test
    void returnsGridCentreEqualsBaseCase() {
        LboOutput out = calculator.calculate(LboFixtures.base(), context);
        LboSensitivityGrid grid = out.sensitivity();

        assertThat(grid.entryMultiples()).containsExactly(7.0, 7.5, 8.0, 8.5, 9.0);
        assertThat(grid.exitMultiples()).containsExactly(7.0, 7.5, 8.0, 8.5, 9.0);
        assertThat(grid.irr().get(2).get(2)).isCloseTo(out.returns().irr(), within(1e-12));
        assertThat(grid.moic().get(2).get(2)).isCloseTo(out.returns().moic(), within(1e-12));
        // Paying more lowers returns; selling higher raises them.
        assertThat(grid.irr().get(4).get(2)).isLessThan(grid.irr().get(0).get(2));
        assertThat(grid.irr().get(2).get(4)).isGreaterThan(grid.irr().get(2).get(0));
        // Entry 7.0x: equity = 700 + 40 - 550 = 190; exit 9.0x: proceeds = 9 * EBITDA_5 - net debt.
        double proceeds = 9 * out.returns().exitEbitda() - out.returns().netDebtAtExit();
        assertThat(grid.moic().get(0).get(4)).isCloseTo(proceeds / 190, within(1e-9));
    }

    @Test
    void gridCellsWithoutSponsorEquityAreNull() {
        // Entry 6.0x with 1.0x steps: at 5.0x uses are 500 + 40 = 540 < debt 550, so no equity to invest.
        LboInput b = LboFixtures.base();
        LboInput in = new LboInput(
                b.entryRevenue(),
                b.entryEbitda(),
                6.0,
                b.transactionFees(),
                b.financingFees(),
                b.minimumCash(),
                b.taxRate(),
                b.years(),
                b.tranches(),
                b.cashSweepPct(),
                null,
                b.exitMultiple(),
                null,
                null,
                null,
                new LboSensitivityInput(1.0, 1.0, 1));

        LboSensitivityGrid grid = calculator.calculate(in, context).sensitivity();

        assertThat(grid.irr().get(0)).containsOnlyNulls();
        assertThat(grid.irr().get(1)).doesNotContainNull();
    }

    @Test
    void nonConvergenceIsReportedNotHidden() {
        LboInput b = LboFixtures.singleTermLoan(true, null);
        LboInput in = new LboInput(
                b.entryRevenue(),
                b.entryEbitda(),
                b.entryMultiple(),
                null,
                null,
                null,
                b.taxRate(),
                b.years(),
                b.tranches(),
                null,
                null,
                b.exitMultiple(),
                true,
                1e-12,
                1,
                b.sensitivity());

        LboOutput out = calculator.calculate(in, context);

        assertThat(out.convergence().converged()).isFalse();
        assertThat(out.convergence().maxIterationsUsed()).isEqualTo(1);
        assertThat(out.warnings()).singleElement().asString().contains("did not converge");
    }
}
