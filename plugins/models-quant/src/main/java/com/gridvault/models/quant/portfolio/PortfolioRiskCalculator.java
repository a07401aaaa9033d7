package com.gridvault.models.quant.portfolio;

import static com.gridvault.models.quant.series.SeriesChecks.nullable;

import com.gridvault.models.quant.stats.Stats;
import com.gridvault.plugin.api.model.ModelContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Portfolio P&amp;L, returns, beta, correlations and VaR from aligned price histories, holding the
 * current quantities throughout. Returns are simple returns per observation; VaR scenarios apply
 * each historical return vector to today's exposures {@code e_i = quantity_i x lastPrice_i}.
 * Stateless; use {@link #DEFAULT}.
 */
public final class PortfolioRiskCalculator {

    /** The shared instance. */
    public static final PortfolioRiskCalculator DEFAULT = new PortfolioRiskCalculator(ValueAtRisk.DEFAULT);

    private final ValueAtRisk var;

    private PortfolioRiskCalculator(ValueAtRisk var) {
        this.var = var;
    }

    /**
     * Calculates.
     *
     * @param in a validated input with defaults resolved (see {@link PortfolioRiskValidator})
     * @param context polled for cancellation
     * @return the figures
     */
    public PortfolioRiskOutput calculate(PortfolioRiskInput in, ModelContext context) {
        List<AssetPosition> positions = in.positions();
        int m = positions.size();
        int n = positions.get(0).prices().size();
        double[][] prices = new double[m][];
        double[][] returns = new double[m][];
        double[] exposures = new double[m];
        for (int i = 0; i < m; i++) {
            prices[i] = toArray(positions.get(i).prices());
            returns[i] = simpleReturns(prices[i]);
            exposures[i] = positions.get(i).quantity() * prices[i][n - 1];
        }
        double[] values = new double[n];
        for (int t = 0; t < n; t++) {
            for (int i = 0; i < m; i++) {
                values[t] += positions.get(i).quantity() * prices[i][t];
            }
        }
        double[] portfolioReturns = simpleReturns(values);
        double[] benchmark = in.benchmark() == null ? null : simpleReturns(toArray(in.benchmark()));
        double bpy = in.barsPerYear();
        double current = values[n - 1];

        List<AssetRisk> assets = new ArrayList<>(m);
        for (int i = 0; i < m; i++) {
            AssetPosition p = positions.get(i);
            assets.add(new AssetRisk(
                    p.symbol(),
                    p.quantity(),
                    prices[i][n - 1],
                    exposures[i],
                    current == 0 ? null : exposures[i] / current,
                    p.quantity() * (prices[i][n - 1] - prices[i][0]),
                    nullable(Stats.sampleStdev(returns[i]) * Math.sqrt(bpy)),
                    benchmark == null ? null : nullable(beta(returns[i], benchmark))));
        }
        return new PortfolioRiskOutput(
                current,
                current - values[0],
                box(values),
                box(portfolioReturns),
                nullable(Stats.sampleStdev(portfolioReturns) * Math.sqrt(bpy)),
                benchmark == null ? null : nullable(beta(portfolioReturns, benchmark)),
                assets,
                correlation(positions, returns),
                valueAtRisk(in, returns, exposures, context));
    }

    private List<VarEstimate> valueAtRisk(
            PortfolioRiskInput in, double[][] returns, double[] exposures, ModelContext context) {
        int m = exposures.length;
        int scenarios = returns[0].length;
        double[] pnl = new double[scenarios];
        for (int t = 0; t < scenarios; t++) {
            for (int i = 0; i < m; i++) {
                pnl[t] += exposures[i] * returns[i][t];
            }
        }
        double[][] covariance = new double[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j <= i; j++) {
                covariance[i][j] = Stats.sampleCovariance(returns[i], returns[j]);
                covariance[j][i] = covariance[i][j];
            }
        }
        double c = in.confidence();
        int h = in.horizon();
        return List.of(
                var.historical(pnl, c, h),
                var.parametric(exposures, covariance, c, h),
                var.monteCarlo(exposures, covariance, c, h, in.monteCarloPaths(), in.seed(), context));
    }

    private static CorrelationMatrix correlation(List<AssetPosition> positions, double[][] returns) {
        List<List<Double>> rows = new ArrayList<>();
        for (double[] a : returns) {
            List<Double> row = new ArrayList<>();
            for (double[] b : returns) {
                row.add(nullable(a == b ? (Stats.sampleVariance(a) > 0 ? 1.0 : Double.NaN) : Stats.correlation(a, b)));
            }
            rows.add(row);
        }
        return new CorrelationMatrix(
                positions.stream().map(AssetPosition::symbol).toList(), rows);
    }

    /** Beta = cov(x, benchmark) / var(benchmark) (CAPM, W. F. Sharpe 1964). */
    static double beta(double[] x, double[] benchmark) {
        return Stats.sampleCovariance(x, benchmark) / Stats.sampleVariance(benchmark);
    }

    static double[] simpleReturns(double[] values) {
        double[] r = new double[values.length - 1];
        for (int t = 1; t < values.length; t++) {
            r[t - 1] = values[t - 1] > 0 ? values[t] / values[t - 1] - 1 : Double.NaN;
        }
        return r;
    }

    private static double[] toArray(List<Double> values) {
        double[] out = new double[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(i);
        }
        return out;
    }

    private static List<Double> box(double[] values) {
        List<Double> out = new ArrayList<>(values.length);
        for (double v : values) {
            out.add(nullable(v));
        }
        return out;
    }
}
