package com.gridvault.models.valuation.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CompoundingTest {

    @Test
    void twoTimesMoneyOverFiveYearsIsAbout14Point87PercentIrr() {
        // IRR/MOIC identity (1 + IRR)^n = MOIC, so IRR = 2^(1/5) - 1 = 0.148698...; the 14.87% figure
        // is the standard rule-of-thumb table in Rosenbaum & Pearl, Investment Banking, ch. 5.
        double irr = Compounding.irrFromMultiple(2.0, 5);

        assertThat(irr).isCloseTo(0.1487, within(5e-5));
        assertThat(Math.pow(1 + irr, 5)).isCloseTo(2.0, within(1e-12));
    }

    @Test
    void threeTimesOverFiveYearsAndTotalLoss() {
        // 3.0x over 5 years = 24.57% (3^(1/5) - 1); losing everything is -100%.
        assertThat(Compounding.irrFromMultiple(3.0, 5)).isCloseTo(0.2457, within(5e-5));
        assertThat(Compounding.irrFromMultiple(0.0, 5)).isEqualTo(-1.0);
    }

    @Test
    void discountFactorIsInverseCompounding() {
        // 1 / 1.1^2 = 0.826446...; a half-year at 10% is 1 / sqrt(1.1).
        assertThat(Compounding.discountFactor(0.10, 2)).isCloseTo(1 / 1.21, within(1e-15));
        assertThat(Compounding.discountFactor(0.10, 0.5)).isCloseTo(1 / Math.sqrt(1.1), within(1e-15));
    }
}
