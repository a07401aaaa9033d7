package com.gridvault.models.valuation.dcf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CostOfCapitalCalculatorTest {

    private final CostOfCapitalCalculator calculator = CostOfCapitalCalculator.DEFAULT;

    @Test
    void capmCostOfEquity() {
        // CAPM (Sharpe 1964; Damodaran, Investment Valuation, ch. 8): ke = rf + beta * ERP
        // = 0.04 + 1.2 * 0.05 = 0.10.
        assertThat(calculator.costOfEquity(0.04, 1.2, 0.05, 0)).isCloseTo(0.10, within(1e-15));
    }

    @Test
    void waccFromCapmAfterTaxDebtAndTargetWeights() {
        // ke = 0.04 + 1.2 * 0.05 + 0.01 size + 0.005 specific = 0.115
        // kd after tax = 0.06 * (1 - 0.25) = 0.045
        // WACC = 0.7 * 0.115 + 0.3 * 0.045 = 0.0805 + 0.0135 = 0.094 (Damodaran, ch. 8)
        CostOfCapitalResult r =
                calculator.calculate(new CostOfCapitalInput(0.04, 1.2, 0.05, 0.01, 0.005, 0.06, 0.25, 0.3));

        assertThat(r.costOfEquity()).isCloseTo(0.115, within(1e-15));
        assertThat(r.afterTaxCostOfDebt()).isCloseTo(0.045, within(1e-15));
        assertThat(r.equityWeight()).isCloseTo(0.7, within(1e-15));
        assertThat(r.debtWeight()).isEqualTo(0.3);
        assertThat(r.wacc()).isCloseTo(0.094, within(1e-15));
    }

    @Test
    void premiaDefaultToZero() {
        CostOfCapitalResult r =
                calculator.calculate(new CostOfCapitalInput(0.04, 1.0, 0.05, null, null, 0.05, 0.2, 0.0));

        assertThat(r.wacc()).isCloseTo(0.09, within(1e-15));
    }
}
