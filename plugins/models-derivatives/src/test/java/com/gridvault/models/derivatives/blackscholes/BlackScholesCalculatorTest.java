package com.gridvault.models.derivatives.blackscholes;

import static com.gridvault.models.derivatives.common.OptionType.CALL;
import static com.gridvault.models.derivatives.common.OptionType.PUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BlackScholesCalculatorTest {

    private static final BlackScholesCalculator CALC = BlackScholesCalculator.DEFAULT;

    @Test
    void hullExample15_6() {
        // Hull, Options, Futures and Other Derivatives (9th ed.), Example 15.6:
        // S=42, K=40, r=10%, sigma=20%, T=0.5 -> c = 4.76, p = 0.81.
        assertThat(CALC.calculate(CALL, 42, 40, 0.5, 0.2, 0.1, 0).price()).isCloseTo(4.76, within(0.005));
        assertThat(CALC.calculate(PUT, 42, 40, 0.5, 0.2, 0.1, 0).price()).isCloseTo(0.81, within(0.005));
    }

    @Test
    void hullGreeksExample() {
        // Hull (9th ed.), chapter 19 (Tables 19.2-19.3 and Examples 19.1, 19.4-19.7): a call with S=49,
        // K=50, r=5%, sigma=20%, T=20 weeks is worth 2.40 (240,000 for 100,000 options) with delta 0.522,
        // gamma 0.066, vega 12.1 per unit of volatility, theta -4.31 per year and rho 8.91.
        BlackScholesResult r = CALC.calculate(CALL, 49, 50, 20.0 / 52, 0.2, 0.05, 0);
        assertThat(r.price()).isCloseTo(2.40, within(0.005));
        assertThat(r.delta()).isCloseTo(0.522, within(0.0005));
        assertThat(r.gamma()).isCloseTo(0.066, within(0.0005));
        assertThat(r.vega()).isCloseTo(12.1, within(0.05));
        assertThat(r.theta()).isCloseTo(-4.31, within(0.005));
        assertThat(r.rho()).isCloseTo(8.91, within(0.005));
    }

    @Test
    void hullExample17_1IndexOptionWithDividendYield() {
        // Hull (9th ed.), Example 17.1: index 930, K=900, r=8%, q=3%, sigma=20%, T=2 months ->
        // d1 = 0.5444, d2 = 0.4628 (printed to 4 places), c = 51.83.
        BlackScholesResult r = CALC.calculate(CALL, 930, 900, 2.0 / 12, 0.2, 0.08, 0.03);
        assertThat(r.d1()).isCloseTo(0.5444, within(1e-4));
        assertThat(r.d2()).isCloseTo(0.4628, within(1e-4));
        assertThat(r.price()).isCloseTo(51.83, within(0.005));
    }

    @Test
    void putCallParityWithDividendsOverAGrid() {
        // Hull (9th ed.), equation 17.3: c - p = S e^-qT - K e^-rT; hence delta_c - delta_p = e^-qT and
        // equal gamma and vega for both types.
        for (double spot : new double[] {50, 100, 180}) {
            for (double t : new double[] {0.01, 0.5, 3, 15}) {
                for (double vol : new double[] {0.05, 0.3, 1.2}) {
                    for (double q : new double[] {-0.01, 0, 0.04}) {
                        double r = 0.03;
                        double k = 100;
                        BlackScholesResult call = CALC.calculate(CALL, spot, k, t, vol, r, q);
                        BlackScholesResult put = CALC.calculate(PUT, spot, k, t, vol, r, q);
                        double forwardValue = spot * Math.exp(-q * t) - k * Math.exp(-r * t);
                        assertThat(call.price() - put.price()).isCloseTo(forwardValue, within(1e-10 * spot));
                        assertThat(call.delta() - put.delta()).isCloseTo(Math.exp(-q * t), within(1e-14));
                        assertThat(call.gamma()).isEqualTo(put.gamma());
                        assertThat(call.vega()).isEqualTo(put.vega());
                        assertThat(call.rho() - put.rho()).isCloseTo(k * t * Math.exp(-r * t), within(1e-9 * k));
                    }
                }
            }
        }
    }

    @Test
    void priceOnlyAgreesWithFullCalculation() {
        for (double spot : new double[] {60, 100, 140}) {
            double full = CALC.calculate(PUT, spot, 100, 0.75, 0.25, 0.02, 0.01).price();
            assertThat(CALC.price(PUT, spot, 100, 0.75, 0.25, 0.02, 0.01)).isEqualTo(full);
        }
    }

    @Test
    void greeksMatchFiniteDifferences() {
        double s = 100;
        double k = 95;
        double t = 0.8;
        double vol = 0.3;
        double r = 0.04;
        double q = 0.015;
        double h = 1e-5;
        for (var type : new com.gridvault.models.derivatives.common.OptionType[] {CALL, PUT}) {
            BlackScholesResult g = CALC.calculate(type, s, k, t, vol, r, q);
            assertThat(g.dividendRho())
                    .isCloseTo(
                            (CALC.price(type, s, k, t, vol, r, q + h) - CALC.price(type, s, k, t, vol, r, q - h))
                                    / (2 * h),
                            within(1e-5));
            assertThat(g.theta())
                    .isCloseTo(
                            -(CALC.price(type, s, k, t + h, vol, r, q) - CALC.price(type, s, k, t - h, vol, r, q))
                                    / (2 * h),
                            within(1e-5));
        }
    }
}
