package com.gridvault.models.valuation.dcf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.gridvault.plugin.api.model.ModelLimits;
import java.util.List;
import org.junit.jupiter.api.Test;

class DcfCalculatorTest {

    private static final double EPS = 1e-9;

    private final DcfCalculator calculator = DcfCalculator.DEFAULT;

    @Test
    void gordonGrowthTerminalValue() {
        // Gordon growth TV = FCF_N * (1 + g) / (r - g) (Damodaran, Investment Valuation, ch. 12)
        // = 121 * 1.02 / (0.10 - 0.02) = 123.42 / 0.08 = 1542.75
        DcfOutput out = calculator.calculate(DcfFixtures.direct(false), ModelLimits.DEFAULT);

        assertThat(out.gordonGrowth().terminalValue()).isCloseTo(1542.75, within(EPS));
        assertThat(out.gordonGrowth().discountFactor()).isCloseTo(1 / 1.331, within(1e-15));
    }

    @Test
    void workedExampleEqualsSumOfExplicitlyDiscountedFlows() {
        // By hand: 100 / 1.1 + 110 / 1.1^2 + 121 / 1.1^3 = 3 * 90.909090... = 272.7272...
        // PV(TV) = 1542.75 / 1.331 = 1159.0909...; EV = 1431.8181...
        // Bridge: equity = EV - 300 net debt - 20 minorities - 10 preferred + 50 non-operating = EV - 280.
        DcfOutput out = calculator.calculate(DcfFixtures.direct(false), ModelLimits.DEFAULT);

        double explicit = 100 / 1.1 + 110 / Math.pow(1.1, 2) + 121 / Math.pow(1.1, 3);
        assertThat(explicit).isCloseTo(272.7272727, within(1e-6));
        assertThat(out.sumOfPresentValues()).isCloseTo(explicit, within(EPS));
        assertThat(out.gordonGrowth().presentValue()).isCloseTo(1159.0909091, within(1e-6));
        assertThat(out.gordonGrowth().enterpriseValue()).isCloseTo(1431.8181818, within(1e-6));
        assertThat(out.equityBridgeAdjustment()).isCloseTo(-280, within(EPS));
        assertThat(out.gordonGrowth().equityValue()).isCloseTo(1151.8181818, within(1e-6));
        assertThat(out.gordonGrowth().valuePerShare()).isCloseTo(11.518181818, within(1e-8));
        assertThat(out.schedule()).extracting(DcfScheduleRow::presentValue).allSatisfy(pv -> assertThat(pv)
                .isCloseTo(90.9090909, within(1e-6)));
    }

    @Test
    void gordonValueEqualsALongExplicitSumOfTheGrowingPerpetuity() {
        // Independent route: discount UFCF_N * (1 + g)^k at (1 + r)^(N + k) for k = 1..5000 and add the
        // explicit years; the truncated tail is (1.02 / 1.1)^5000 ~ 0, so this must match the closed form.
        DcfOutput out = calculator.calculate(DcfFixtures.direct(false), ModelLimits.DEFAULT);

        assertThat(out.gordonGrowth().enterpriseValue()).isCloseTo(bruteForceEv(false), within(1e-6));
    }

    @Test
    void midYearConventionDiscountsAtHalfYears() {
        // Mid-year convention: DF_t = 1 / (1 + r)^(t - 0.5) (McKinsey, Valuation, ch. 11).
        DcfOutput out = calculator.calculate(DcfFixtures.direct(true), ModelLimits.DEFAULT);

        List<DcfScheduleRow> rows = out.schedule();
        assertThat(rows.get(0).discountPeriod()).isEqualTo(0.5);
        assertThat(rows.get(0).discountFactor()).isCloseTo(1 / Math.pow(1.1, 0.5), within(1e-15));
        assertThat(rows.get(2).discountFactor()).isCloseTo(1 / Math.pow(1.1, 2.5), within(1e-15));
        // The perpetuity's flows also arrive mid-year, so PV(TV) = 1542.75 / 1.1^(3 - 0.5).
        assertThat(out.gordonGrowth().presentValue()).isCloseTo(1542.75 / Math.pow(1.1, 2.5), within(1e-6));
        assertThat(out.gordonGrowth().enterpriseValue()).isCloseTo(bruteForceEv(true), within(1e-6));
        // Exit multiple is a transaction value at the end of year 3: 1600 / 1.1^3.
        assertThat(out.exitMultiple().presentValue()).isCloseTo(1600 / 1.331, within(1e-6));
    }

    @Test
    void exitMultipleAndImpliedCrossMetrics() {
        // Exit TV = 8 * 200 = 1600. Implied multiple from Gordon = 1542.75 / 200 = 7.71375.
        // Implied growth solves 121 (1 + g) / (0.1 - g) = 1600: g = (160 - 121) / (1600 + 121) = 39 / 1721.
        DcfOutput out = calculator.calculate(DcfFixtures.direct(false), ModelLimits.DEFAULT);

        assertThat(out.exitMultiple().terminalValue()).isCloseTo(1600, within(EPS));
        assertThat(out.exitMultiple().enterpriseValue()).isCloseTo(272.7272727 + 1600 / 1.331, within(1e-6));
        assertThat(out.impliedExitMultiple()).isCloseTo(7.71375, within(EPS));
        assertThat(out.impliedPerpetualGrowth()).isCloseTo(39.0 / 1721.0, within(EPS));
        double g = out.impliedPerpetualGrowth();
        assertThat(121 * (1 + g) / (0.10 - g)).as("round trip").isCloseTo(1600, within(1e-6));
    }

    @Test
    void impliedGrowthRoundTripsUnderMidYear() {
        DcfOutput out = calculator.calculate(DcfFixtures.direct(true), ModelLimits.DEFAULT);

        double g = out.impliedPerpetualGrowth();
        double gordonAtThatGrowth = TerminalValueCalculator.DEFAULT.gordon(121, 0.10, g, true);
        assertThat(gordonAtThatGrowth).isCloseTo(out.exitMultiple().terminalValue(), within(1e-6));
        assertThat(out.impliedExitMultiple() * 200).isCloseTo(out.gordonGrowth().terminalValue(), within(1e-9));
    }

    @Test
    void driverScheduleYearOneByHand() {
        // Year 1: revenue 1000 * 1.1 = 1100; EBITDA 20% = 220; D&A 5% = 55; EBIT 165; tax 25% = 41.25;
        // NOPAT 123.75; capex 6% = 66; change in NWC = 10% * (1100 - 1000) = 10;
        // UFCF = 123.75 + 55 - 66 - 10 = 102.75 (McKinsey, Valuation, ch. 10).
        DcfOutput out = calculator.calculate(DcfFixtures.drivers(), ModelLimits.DEFAULT);

        DcfScheduleRow y1 = out.schedule().get(0);
        assertThat(y1.revenue()).isCloseTo(1100, within(EPS));
        assertThat(y1.ebitda()).isCloseTo(220, within(EPS));
        assertThat(y1.depreciationAmortization()).isCloseTo(55, within(EPS));
        assertThat(y1.ebit()).isCloseTo(165, within(EPS));
        assertThat(y1.taxOnEbit()).isCloseTo(41.25, within(EPS));
        assertThat(y1.nopat()).isCloseTo(123.75, within(EPS));
        assertThat(y1.capex()).isCloseTo(66, within(EPS));
        assertThat(y1.changeInNwc()).isCloseTo(10, within(EPS));
        assertThat(y1.unleveredFreeCashFlow()).isCloseTo(102.75, within(EPS));
        // WACC from CAPM: 0.7 * 0.115 + 0.3 * 0.045 = 0.094 (see CostOfCapitalCalculatorTest).
        assertThat(out.wacc()).isCloseTo(0.094, within(1e-15));
        assertThat(y1.discountFactor()).isCloseTo(1 / Math.sqrt(1.094), within(1e-15));
        // Year 5 revenue = 1000 * 1.1^5.
        assertThat(out.schedule().get(4).revenue()).isCloseTo(1000 * Math.pow(1.1, 5), within(1e-9));
    }

    @Test
    void ebitMarginDriverSkipsDepreciationInEbit() {
        DcfInput in = new DcfInput(
                1000.0,
                List.of(new DcfDriverYear(0.0, 0.15, null, 0.2, null, 0.05, null)),
                null,
                0.08,
                null,
                0.02,
                8.0,
                null,
                new EquityBridgeInput(null, null, null, null, 10.0),
                null);
        // EBIT = 15% * 1000 = 150, EBITDA = 150 + 50 = 200, UFCF = 150 * 0.8 + 50 = 170.
        DcfScheduleRow y1 =
                calculator.calculate(in, ModelLimits.DEFAULT).schedule().get(0);

        assertThat(y1.ebit()).isCloseTo(150, within(EPS));
        assertThat(y1.ebitda()).isCloseTo(200, within(EPS));
        assertThat(y1.unleveredFreeCashFlow()).isCloseTo(170, within(EPS));
    }

    @Test
    void sensitivityGridCentreEqualsBaseCase() {
        DcfOutput out = calculator.calculate(DcfFixtures.drivers(), ModelLimits.DEFAULT);

        DcfSensitivityGrid grid = out.sensitivity();
        assertThat(grid.waccValues()).hasSize(5);
        assertThat(grid.terminalGrowthValues()).hasSize(5);
        assertThat(grid.waccValues().get(2)).isEqualTo(out.wacc());
        assertThat(grid.terminalGrowthValues().get(2)).isEqualTo(0.025);
        assertThat(grid.enterpriseValues().get(2).get(2))
                .isCloseTo(out.gordonGrowth().enterpriseValue(), within(1e-9));
        assertThat(grid.valuesPerShare().get(2).get(2))
                .isCloseTo(out.gordonGrowth().valuePerShare(), within(1e-12));
        // Value falls as WACC rises and climbs as growth rises.
        assertThat(grid.valuesPerShare().get(0).get(2))
                .isGreaterThan(grid.valuesPerShare().get(4).get(2));
        assertThat(grid.valuesPerShare().get(2).get(4))
                .isGreaterThan(grid.valuesPerShare().get(2).get(0));
    }

    @Test
    void gridCellsWhereWaccDoesNotExceedGrowthAreNull() {
        DcfInput base = DcfFixtures.direct(false);
        DcfInput in = new DcfInput(
                null,
                null,
                base.cashFlowYears(),
                0.03,
                null,
                0.02,
                8.0,
                false,
                base.bridge(),
                new DcfSensitivityInput(0.01, 0.01, 1));

        DcfSensitivityGrid grid = calculator.calculate(in, ModelLimits.DEFAULT).sensitivity();

        // Row WACC 0.02 with growth 0.02 and 0.03 is undefined; WACC 0.03 with growth 0.03 too.
        assertThat(grid.enterpriseValues().get(0))
                .containsExactly(grid.enterpriseValues().get(0).get(0), null, null);
        assertThat(grid.enterpriseValues().get(1).get(2)).isNull();
        assertThat(grid.enterpriseValues().get(2)).doesNotContainNull();
    }

    @Test
    void defaultGridShrinksToFitTheLimit() {
        DcfOutput out = calculator.calculate(DcfFixtures.direct(false), new ModelLimits(10, 9, 10, 10));

        assertThat(out.sensitivity().waccValues()).hasSize(3);
        assertThat(out.sensitivity().enterpriseValues())
                .allSatisfy(row -> assertThat(row).hasSize(3));
    }

    private static double bruteForceEv(boolean midYear) {
        double r = 0.10;
        double g = 0.02;
        double shift = midYear ? 0.5 : 0.0;
        double[] flows = {100, 110, 121};
        double ev = 0;
        for (int t = 1; t <= 3; t++) {
            ev += flows[t - 1] / Math.pow(1 + r, t - shift);
        }
        double flow = 121;
        for (int k = 1; k <= 5000; k++) {
            flow *= 1 + g;
            ev += flow / Math.pow(1 + r, 3 + k - shift);
        }
        return ev;
    }
}
