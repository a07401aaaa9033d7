package com.gridvault.models.quant.backtest;

import static com.gridvault.models.quant.series.SeriesChecks.nullable;

import com.gridvault.models.quant.series.BarAccess;
import com.gridvault.models.quant.stats.Stats;
import java.time.Duration;
import java.util.List;

/**
 * Computes {@link BacktestMetrics} from an equity curve and trades. Definitions (per-bar simple
 * returns {@code r_t = E_t / E_t-1 - 1}, {@code B = barsPerYear}, {@code rf = riskFreeRate / B}):
 *
 * <ul>
 *   <li>Sharpe = {@code mean(r - rf) / stdev(r) * sqrt(B)}, sample stdev (W. F. Sharpe, "The Sharpe
 *       Ratio", J. Portfolio Management, 1994; annualised as in A. Lo, "The Statistics of Sharpe
 *       Ratios", FAJ 2002, for i.i.d. returns).
 *   <li>Sortino = {@code mean(r - rf) / sqrt(mean(min(0, r - rf)^2)) * sqrt(B)}, the downside
 *       deviation averaging over <em>all</em> bars (F. Sortino, L. Price, "Performance Measurement in
 *       a Downside Risk Framework", J. Investing, 1994).
 *   <li>Max drawdown = {@code max_t (1 - E_t / max_{s<=t} E_s)}; its duration runs from that
 *       drawdown's peak to the first bar back at or above the peak, or to the last bar.
 *   <li>CAGR = {@code (E_end / E_0)^(B / (n - 1)) - 1}; Calmar = CAGR / max drawdown over the whole
 *       backtest (T. Young, "Calmar Ratio", Futures, 1991, used 36 months).
 * </ul>
 *
 * <p>Bars, not calendar days, measure time, so weekend gaps do not dilute returns. Stateless.
 */
public final class MetricsCalculator {

    /** The shared instance. */
    public static final MetricsCalculator DEFAULT = new MetricsCalculator();

    private MetricsCalculator() {}

    /**
     * Computes the metrics.
     *
     * @param bars the bars (for times)
     * @param equity equity per bar
     * @param position units held per bar
     * @param trades the trades
     * @param settings resolved settings
     * @return the metrics
     */
    public BacktestMetrics calculate(
            BarAccess bars, double[] equity, double[] position, List<Trade> trades, BacktestSettings settings) {
        int n = equity.length;
        double bpy = settings.barsPerYear();
        double initial = settings.initialCapital();
        double last = equity[n - 1];
        double[] r = returns(equity);
        double rf = settings.riskFreeRate() / bpy;
        double cagr = last <= 0 ? -1 : Math.pow(last / initial, bpy / (n - 1)) - 1;
        Drawdown dd = drawdown(equity);
        double exposed = 0;
        for (double p : position) {
            if (p != 0) {
                exposed++;
            }
        }
        return new BacktestMetrics(
                last,
                last / initial - 1,
                nullable(cagr),
                nullable(Stats.sampleStdev(r) * Math.sqrt(bpy)),
                nullable(sharpe(r, rf, bpy)),
                nullable(sortino(r, rf, bpy)),
                dd.depth,
                dd.end - dd.peak,
                Duration.between(bars.time(dd.peak), bars.time(dd.end)),
                dd.depth > 0 ? nullable(cagr / dd.depth) : null,
                trades.isEmpty() ? null : winRate(trades),
                profitFactor(trades),
                exposed / n,
                trades.size());
    }

    /** Per-bar simple returns between consecutive closes (n - 1 values). */
    static double[] returns(double[] equity) {
        double[] r = new double[equity.length - 1];
        for (int t = 1; t < equity.length; t++) {
            r[t - 1] = equity[t - 1] > 0 ? equity[t] / equity[t - 1] - 1 : 0;
        }
        return r;
    }

    static double sharpe(double[] r, double rf, double bpy) {
        return (Stats.mean(r) - rf) / Stats.sampleStdev(r) * Math.sqrt(bpy);
    }

    static double sortino(double[] r, double rf, double bpy) {
        double squares = 0;
        for (double v : r) {
            double shortfall = Math.min(0, v - rf);
            squares += shortfall * shortfall;
        }
        return (Stats.mean(r) - rf) / Math.sqrt(squares / r.length) * Math.sqrt(bpy);
    }

    static Drawdown drawdown(double[] equity) {
        int peak = 0;
        Drawdown worst = new Drawdown(0, 0, 0);
        for (int t = 1; t < equity.length; t++) {
            if (equity[t] >= equity[peak]) {
                peak = t;
            } else if (equity[peak] > 0 && 1 - equity[t] / equity[peak] > worst.depth) {
                worst = new Drawdown(1 - equity[t] / equity[peak], peak, t);
            }
        }
        if (worst.depth == 0) {
            return worst;
        }
        int end = equity.length - 1;
        for (int t = worst.end + 1; t < equity.length; t++) {
            if (equity[t] >= equity[worst.peak]) {
                end = t;
                break;
            }
        }
        return new Drawdown(worst.depth, worst.peak, end);
    }

    private static double winRate(List<Trade> trades) {
        double wins = 0;
        for (Trade t : trades) {
            if (t.pnl() > 0) {
                wins++;
            }
        }
        return wins / trades.size();
    }

    private static Double profitFactor(List<Trade> trades) {
        double gains = 0;
        double losses = 0;
        for (Trade t : trades) {
            if (t.pnl() > 0) {
                gains += t.pnl();
            } else {
                losses -= t.pnl();
            }
        }
        return losses > 0 ? gains / losses : null;
    }

    /** A drawdown: depth as a fraction of the peak, the peak bar, and the trough or recovery bar. */
    record Drawdown(double depth, int peak, int end) {}
}
