package com.gridvault.models.derivatives.binomial;

import static com.gridvault.models.derivatives.common.ExerciseStyle.AMERICAN;
import static com.gridvault.models.derivatives.common.ExerciseStyle.EUROPEAN;
import static com.gridvault.models.derivatives.common.OptionType.CALL;
import static com.gridvault.models.derivatives.common.OptionType.PUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.gridvault.models.derivatives.blackscholes.BlackScholesCalculator;
import com.gridvault.models.derivatives.common.ExerciseStyle;
import com.gridvault.models.derivatives.common.OptionType;
import org.junit.jupiter.api.Test;

class CrrBinomialCalculatorTest {

    private static final CrrBinomialCalculator CRR = CrrBinomialCalculator.DEFAULT;

    private static BinomialResult price(
            OptionType type, ExerciseStyle style, double s, double k, double t, double vol, double r, double q, int n) {
        return CRR.calculate(new BinomialInput(type, style, s, k, t, vol, r, q, n));
    }

    @Test
    void hullExample21_1AmericanPutWithFiveSteps() {
        // Hull, Options, Futures and Other Derivatives (9th ed.), Example 21.1 and Figure 21.3: American put,
        // S=50, K=50, r=10%, sigma=40%, T=5 months, 5 steps -> 4.49 (u = 1.1224, p = 0.5073). Section 21.2
        // reads the Greeks off that tree: delta -0.41, gamma 0.03, theta -4.30 per year.
        BinomialResult r = price(PUT, AMERICAN, 50, 50, 5.0 / 12, 0.4, 0.1, 0, 5);
        assertThat(r.price()).isCloseTo(4.49, within(0.005));
        assertThat(r.upFactor()).isCloseTo(1.1224, within(0.00005));
        assertThat(r.upProbability()).isCloseTo(0.5073, within(0.00005));
        assertThat(r.delta()).isCloseTo(-0.41, within(0.005));
        assertThat(r.gamma()).isCloseTo(0.03, within(0.005));
        assertThat(r.theta()).isCloseTo(-4.30, within(0.01));
    }

    @Test
    void hullExample21_1WithMoreSteps() {
        // Hull (9th ed.), after Example 21.1: 30, 50, 100 and 500 steps give 4.263, 4.272, 4.278 and 4.283.
        assertThat(price(PUT, AMERICAN, 50, 50, 5.0 / 12, 0.4, 0.1, 0, 30).price())
                .isCloseTo(4.263, within(5e-4));
        assertThat(price(PUT, AMERICAN, 50, 50, 5.0 / 12, 0.4, 0.1, 0, 50).price())
                .isCloseTo(4.272, within(5e-4));
        assertThat(price(PUT, AMERICAN, 50, 50, 5.0 / 12, 0.4, 0.1, 0, 100).price())
                .isCloseTo(4.278, within(5e-4));
        assertThat(price(PUT, AMERICAN, 50, 50, 5.0 / 12, 0.4, 0.1, 0, 500).price())
                .isCloseTo(4.283, within(5e-4));
    }

    @Test
    void europeanConvergesToBlackScholesAsStepsGrow() {
        // CRR's error is O(1/n) (Leisen and Reimer, 1996); average two neighbouring step counts to damp the
        // even/odd oscillation.
        for (OptionType type : OptionType.values()) {
            double bsm = BlackScholesCalculator.DEFAULT.price(type, 100, 105, 1, 0.25, 0.04, 0.02);
            double previous = Double.MAX_VALUE;
            for (int n : new int[] {10, 100, 1000, 4000}) {
                double tree = 0.5
                        * (price(type, EUROPEAN, 100, 105, 1, 0.25, 0.04, 0.02, n)
                                        .price()
                                + price(type, EUROPEAN, 100, 105, 1, 0.25, 0.04, 0.02, n + 1)
                                        .price());
                double error = Math.abs(tree - bsm);
                assertThat(error).as("%s n=%d", type, n).isLessThan(previous);
                previous = error;
            }
            assertThat(previous).isLessThan(2e-3);
        }
    }

    @Test
    void treeGreeksApproachBlackScholes() {
        var bsm = BlackScholesCalculator.DEFAULT.calculate(CALL, 100, 100, 0.5, 0.3, 0.05, 0.01);
        BinomialResult tree = price(CALL, EUROPEAN, 100, 100, 0.5, 0.3, 0.05, 0.01, 2000);
        assertThat(tree.delta()).isCloseTo(bsm.delta(), within(1e-3));
        assertThat(tree.gamma()).isCloseTo(bsm.gamma(), within(1e-4));
        assertThat(tree.theta()).isCloseTo(bsm.theta(), within(0.02));
    }

    @Test
    void americanPutIsWorthAtLeastTheEuropean() {
        for (double spot : new double[] {60, 90, 100, 120}) {
            for (double r : new double[] {0.0, 0.03, 0.08}) {
                BinomialResult american = price(PUT, AMERICAN, spot, 100, 1, 0.3, r, 0.01, 200);
                BinomialResult european = price(PUT, EUROPEAN, spot, 100, 1, 0.3, r, 0.01, 200);
                assertThat(american.price()).isGreaterThanOrEqualTo(european.price());
                assertThat(american.earlyExercisePremium())
                        .isCloseTo(american.price() - european.price(), within(1e-12));
                assertThat(european.earlyExercisePremium()).isZero();
            }
        }
    }

    @Test
    void americanCallWithoutDividendsEqualsTheEuropean() {
        // Hull (9th ed.), section 11.5: it is never optimal to exercise an American call on a
        // non-dividend-paying stock early. With a dividend yield it can be.
        for (double spot : new double[] {70, 100, 150}) {
            BinomialResult american = price(CALL, AMERICAN, spot, 100, 1, 0.3, 0.05, 0, 300);
            BinomialResult european = price(CALL, EUROPEAN, spot, 100, 1, 0.3, 0.05, 0, 300);
            assertThat(american.price()).isEqualTo(european.price());
            assertThat(american.earlyExercisePremium()).isZero();
        }
        assertThat(price(CALL, AMERICAN, 150, 100, 1, 0.3, 0.05, 0.08, 300).earlyExercisePremium())
                .isPositive();
    }
}
