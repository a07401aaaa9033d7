package com.gridvault.models.quant.portfolio;

import com.gridvault.models.quant.stats.Normal;
import com.gridvault.plugin.api.model.ModelContext;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Value at risk and expected shortfall of a linear portfolio, three ways. All three estimate the
 * one-period loss distribution and scale both figures by {@code sqrt(horizon)} — the square-root-
 * of-time rule, exact for i.i.d. zero-mean normal returns and the Basel convention otherwise (J.
 * Hull, <i>Options, Futures, and Other Derivatives</i>, chapter "Value at Risk and Expected
 * Shortfall"; P. Jorion, <i>Value at Risk</i>, ch. 5).
 *
 * <ul>
 *   <li>Empirical (historical and Monte Carlo): sort the N scenario losses, take {@code k =
 *       ceil(N (1 - confidence))} (at least 1); VaR is the k-th worst loss — Hull's "fifth-worst of
 *       500 at 99%" — and expected shortfall is the mean of the k worst, so ES >= VaR.
 *   <li>Parametric: P&amp;L ~ N(0, e'Se) for exposures e and covariance S of one-period returns; VaR =
 *       z_c sigma, ES = sigma phi(z_c) / (1 - c).
 * </ul>
 *
 * <p>Monte Carlo draws with {@link SplittableRandom} and a Box-Muller transform on {@link
 * StrictMath}, so a seed gives the same bits on every JVM. Stateless; use {@link #DEFAULT}.
 */
public final class ValueAtRisk {

    /** The shared instance. */
    public static final ValueAtRisk DEFAULT = new ValueAtRisk();

    private ValueAtRisk() {}

    /**
     * Historical-simulation VaR.
     *
     * @param pnl one-period P&amp;L scenarios (profit positive)
     * @param confidence in (0, 1)
     * @param horizon periods, at least 1
     * @return the estimate
     */
    public VarEstimate historical(double[] pnl, double confidence, int horizon) {
        return empirical(VarMethod.HISTORICAL, pnl.clone(), confidence, horizon);
    }

    /**
     * Variance-covariance VaR with zero mean.
     *
     * @param exposures money amounts held in each asset
     * @param covariance covariance of one-period returns
     * @param confidence in (0, 1)
     * @param horizon periods, at least 1
     * @return the estimate
     */
    public VarEstimate parametric(double[] exposures, double[][] covariance, double confidence, int horizon) {
        double variance = 0;
        for (int i = 0; i < exposures.length; i++) {
            for (int j = 0; j < exposures.length; j++) {
                variance += exposures[i] * covariance[i][j] * exposures[j];
            }
        }
        double sigma = Math.sqrt(Math.max(0, variance)) * Math.sqrt(horizon);
        double z = Normal.inverseCdf(confidence);
        return new VarEstimate(
                VarMethod.PARAMETRIC, confidence, horizon, z * sigma, sigma * Normal.pdf(z) / (1 - confidence));
    }

    /**
     * Monte Carlo VaR from a zero-mean multivariate normal.
     *
     * @param exposures money amounts held in each asset
     * @param covariance covariance of one-period returns
     * @param confidence in (0, 1)
     * @param horizon periods, at least 1
     * @param paths number of scenarios, at least 1
     * @param seed the random seed
     * @param context polled for cancellation
     * @return the estimate
     */
    public VarEstimate monteCarlo(
            double[] exposures,
            double[][] covariance,
            double confidence,
            int horizon,
            int paths,
            long seed,
            ModelContext context) {
        int m = exposures.length;
        double[][] chol = cholesky(covariance);
        // P&L = e' L z = (L' e)' z, so one weight vector turns m normals into one scenario.
        double[] w = new double[m];
        for (int j = 0; j < m; j++) {
            for (int i = j; i < m; i++) {
                w[j] += chol[i][j] * exposures[i];
            }
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] pnl = new double[paths];
        double[] z = new double[m + 1];
        for (int p = 0; p < paths; p++) {
            if ((p & 0xFFF) == 0) {
                context.throwIfCancelled();
            }
            for (int j = 0; j < m; j += 2) {
                gaussianPair(random, z, j);
            }
            double sum = 0;
            for (int j = 0; j < m; j++) {
                sum += w[j] * z[j];
            }
            pnl[p] = sum;
        }
        return empirical(VarMethod.MONTE_CARLO, pnl, confidence, horizon);
    }

    private static VarEstimate empirical(VarMethod method, double[] pnl, double confidence, int horizon) {
        Arrays.sort(pnl); // ascending P&L: worst losses first
        int k = (int) Math.max(1, Math.ceil(pnl.length * (1 - confidence) - 1e-9));
        k = Math.min(k, pnl.length);
        double tail = 0;
        for (int i = 0; i < k; i++) {
            tail -= pnl[i];
        }
        double scale = Math.sqrt(horizon);
        return new VarEstimate(method, confidence, horizon, -pnl[k - 1] * scale, tail / k * scale);
    }

    /** Lower-triangular L with L L' = S; a non-positive pivot (singular S) gives a zero column. */
    static double[][] cholesky(double[][] s) {
        int n = s.length;
        double[][] l = new double[n][n];
        for (int j = 0; j < n; j++) {
            double d = s[j][j];
            for (int k = 0; k < j; k++) {
                d -= l[j][k] * l[j][k];
            }
            if (d <= 1e-14 * Math.max(1e-300, s[j][j])) {
                continue;
            }
            l[j][j] = Math.sqrt(d);
            for (int i = j + 1; i < n; i++) {
                double v = s[i][j];
                for (int k = 0; k < j; k++) {
                    v -= l[i][k] * l[j][k];
                }
                l[i][j] = v / l[j][j];
            }
        }
        return l;
    }

    private static void gaussianPair(SplittableRandom random, double[] z, int at) {
        double u1 = 1.0 - random.nextDouble(); // in (0, 1], so the log is finite
        double u2 = random.nextDouble();
        double radius = StrictMath.sqrt(-2 * StrictMath.log(u1));
        z[at] = radius * StrictMath.cos(2 * Math.PI * u2);
        z[at + 1] = radius * StrictMath.sin(2 * Math.PI * u2);
    }
}
