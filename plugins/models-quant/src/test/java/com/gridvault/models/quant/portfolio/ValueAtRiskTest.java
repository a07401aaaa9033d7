package com.gridvault.models.quant.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.gridvault.plugin.api.model.ModelContext;
import org.junit.jupiter.api.Test;

class ValueAtRiskTest {

    private static final double[] EXPOSURES = {10_000_000, 5_000_000};
    private static final double[][] COVARIANCE = {{0.02 * 0.02, 0.3 * 0.02 * 0.01}, {0.3 * 0.02 * 0.01, 0.01 * 0.01}};

    /**
     * J. Hull, <i>Options, Futures, and Other Derivatives</i> (chapter "Value at Risk and Expected
     * Shortfall", the Microsoft / AT&amp;T example): $10m in a stock with 2% daily volatility has a
     * 10-day 99% VaR of 200,000 x sqrt(10) x 2.326 = $1,471,300; $5m at 1% gives $367,800; together
     * with correlation 0.3 the portfolio's is $1,620,100. Hull rounds to the nearest $100.
     */
    @Test
    void parametricVarReproducesHullsTwoAssetExample() {
        double[][] first = {{0.0004}};
        double[][] second = {{0.0001}};
        assertThat(ValueAtRisk.DEFAULT
                        .parametric(new double[] {10_000_000}, first, 0.99, 10)
                        .valueAtRisk())
                .isCloseTo(1_471_300, within(50.0));
        assertThat(ValueAtRisk.DEFAULT
                        .parametric(new double[] {5_000_000}, second, 0.99, 10)
                        .valueAtRisk())
                .isCloseTo(367_800, within(50.0));
        VarEstimate portfolio = ValueAtRisk.DEFAULT.parametric(EXPOSURES, COVARIANCE, 0.99, 10);
        assertThat(portfolio.valueAtRisk()).isCloseTo(1_620_100, within(50.0));
        // normal expected shortfall at 99% is phi(2.326) / 0.01 = 2.665 sigma (Hull, same chapter)
        double sigma = Math.sqrt(4.85e10) * Math.sqrt(10);
        assertThat(portfolio.expectedShortfall()).isCloseTo(2.6652 * sigma, within(1e-4 * sigma));
        assertThat(portfolio.method()).isEqualTo(VarMethod.PARAMETRIC);
    }

    @Test
    void historicalVarIsTheKthWorstLossAndExpectedShortfallTheMeanOfTheKWorst() {
        double[] pnl = {-5, 3, -12, 7, 1, -2, 9, -8, 4, 0, 2, -1, 6, -3, 5, -20, 8, -4, 10, 11};
        // 20 scenarios at 90%: k = 2; worst losses 20, 12 -> VaR 12, ES (20 + 12) / 2 = 16
        VarEstimate v90 = ValueAtRisk.DEFAULT.historical(pnl, 0.90, 1);
        assertThat(v90.valueAtRisk()).isEqualTo(12);
        assertThat(v90.expectedShortfall()).isEqualTo(16);
        // at 95%: k = 1 -> both are the worst loss; over 4 days both scale by sqrt(4) = 2
        VarEstimate v95 = ValueAtRisk.DEFAULT.historical(pnl, 0.95, 4);
        assertThat(v95.valueAtRisk()).isEqualTo(40);
        assertThat(v95.expectedShortfall()).isEqualTo(40);
        assertThat(pnl[0]).as("input not reordered").isEqualTo(-5);
    }

    @Test
    void hullsFifthWorstOfFiveHundredAtNinetyNinePercent() {
        double[] pnl = new double[500];
        for (int i = 0; i < 500; i++) {
            pnl[i] = -(i + 1); // losses 1 .. 500
        }
        VarEstimate v = ValueAtRisk.DEFAULT.historical(pnl, 0.99, 1);
        assertThat(v.valueAtRisk()).isEqualTo(496); // fifth worst
        assertThat(v.expectedShortfall()).isEqualTo(498); // mean of 500, 499, 498, 497, 496
    }

    @Test
    void monteCarloConvergesToParametricAndIsReproducibleBySeed() {
        ModelContext context = ModelContext.standalone();
        VarEstimate mc = ValueAtRisk.DEFAULT.monteCarlo(EXPOSURES, COVARIANCE, 0.99, 10, 400_000, 42, context);
        VarEstimate parametric = ValueAtRisk.DEFAULT.parametric(EXPOSURES, COVARIANCE, 0.99, 10);

        assertThat(mc.valueAtRisk()).isCloseTo(parametric.valueAtRisk(), within(0.01 * parametric.valueAtRisk()));
        assertThat(mc.expectedShortfall())
                .isCloseTo(parametric.expectedShortfall(), within(0.015 * parametric.expectedShortfall()));
        assertThat(ValueAtRisk.DEFAULT.monteCarlo(EXPOSURES, COVARIANCE, 0.99, 10, 400_000, 42, context))
                .isEqualTo(mc);
        assertThat(ValueAtRisk.DEFAULT
                        .monteCarlo(EXPOSURES, COVARIANCE, 0.99, 10, 400_000, 43, context)
                        .valueAtRisk())
                .isNotEqualTo(mc.valueAtRisk());
    }

    @Test
    void expectedShortfallIsAtLeastVarForEveryMethodAndLevel() {
        double[] pnl = new double[250];
        java.util.SplittableRandom random = new java.util.SplittableRandom(5);
        for (int i = 0; i < pnl.length; i++) {
            pnl[i] = random.nextDouble(-1, 1) * random.nextDouble(0, 3);
        }
        for (double c : new double[] {0.5, 0.9, 0.95, 0.975, 0.99, 0.999}) {
            for (VarEstimate v : new VarEstimate[] {
                ValueAtRisk.DEFAULT.historical(pnl, c, 1),
                ValueAtRisk.DEFAULT.parametric(EXPOSURES, COVARIANCE, c, 1),
                ValueAtRisk.DEFAULT.monteCarlo(EXPOSURES, COVARIANCE, c, 1, 5_000, 1, ModelContext.standalone())
            }) {
                assertThat(v.expectedShortfall()).as("%s at %s", v.method(), c).isGreaterThanOrEqualTo(v.valueAtRisk());
            }
        }
    }

    @Test
    void choleskyToleratesASingularCovariance() {
        double[][] l = ValueAtRisk.cholesky(new double[][] {{1, 1}, {1, 1}});
        assertThat(l[0][0]).isEqualTo(1);
        assertThat(l[1][0]).isEqualTo(1);
        assertThat(l[1][1]).isZero();
    }
}
