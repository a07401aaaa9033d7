package com.gridvault.models.derivatives.blackscholes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.gridvault.models.derivatives.common.OptionType;
import com.opengamma.strata.pricer.impl.option.BlackScholesFormulaRepository;
import org.junit.jupiter.api.Test;

/**
 * Cross-checks price and Greeks against OpenGamma Strata's {@link BlackScholesFormulaRepository}, which
 * takes a cost of carry b = r - q. Its {@code rho} is dV/dr with q fixed (Hull's rho), its {@code carryRho}
 * is dV/db with r fixed, so our dividend rho dV/dq equals -carryRho; its theta is -dV/dT per year.
 */
class BlackScholesStrataCrossCheckTest {

    private static final double TOLERANCE = 1e-9;

    @Test
    void priceAndGreeksAgreeWithStrataOverAGrid() {
        int checked = 0;
        for (OptionType type : OptionType.values()) {
            boolean isCall = type == OptionType.CALL;
            for (double spot : new double[] {40, 90, 100, 110, 250}) {
                for (double t : new double[] {1.0 / 365, 0.25, 1, 7}) {
                    for (double vol : new double[] {0.08, 0.25, 0.9}) {
                        for (double r : new double[] {-0.005, 0.045}) {
                            for (double q : new double[] {0, 0.03}) {
                                double k = 100;
                                double b = r - q;
                                BlackScholesResult g =
                                        BlackScholesCalculator.DEFAULT.calculate(type, spot, k, t, vol, r, q);
                                assertClose(
                                        g.price(), BlackScholesFormulaRepository.price(spot, k, t, vol, r, b, isCall));
                                assertClose(
                                        g.delta(), BlackScholesFormulaRepository.delta(spot, k, t, vol, r, b, isCall));
                                assertClose(g.gamma(), BlackScholesFormulaRepository.gamma(spot, k, t, vol, r, b));
                                assertClose(g.vega(), BlackScholesFormulaRepository.vega(spot, k, t, vol, r, b));
                                assertClose(
                                        g.theta(), BlackScholesFormulaRepository.theta(spot, k, t, vol, r, b, isCall));
                                assertClose(g.rho(), BlackScholesFormulaRepository.rho(spot, k, t, vol, r, b, isCall));
                                assertClose(
                                        g.dividendRho(),
                                        -BlackScholesFormulaRepository.carryRho(spot, k, t, vol, r, b, isCall));
                                checked++;
                            }
                        }
                    }
                }
            }
        }
        assertThat(checked).isEqualTo(2 * 5 * 4 * 3 * 2 * 2);
    }

    private static void assertClose(double actual, double expected) {
        assertThat(actual).isCloseTo(expected, within(TOLERANCE * Math.max(1.0, Math.abs(expected))));
    }
}
