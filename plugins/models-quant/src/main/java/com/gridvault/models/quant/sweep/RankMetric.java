package com.gridvault.models.quant.sweep;

import com.gridvault.models.quant.backtest.BacktestMetrics;
import com.gridvault.plugin.api.model.Doc;
import java.util.function.Function;

/** The metric a sweep ranks by, with its better direction. */
@Doc("Metric to rank sweep results by; MAX_DRAWDOWN and ANNUALISED_VOLATILITY rank lowest first, the"
        + " others highest first; undefined values rank last")
public enum RankMetric {
    /** Total return, higher first. */
    TOTAL_RETURN(true, m -> m.totalReturn()),
    /** CAGR, higher first. */
    CAGR(true, BacktestMetrics::cagr),
    /** Sharpe ratio, higher first. */
    SHARPE(true, BacktestMetrics::sharpe),
    /** Sortino ratio, higher first. */
    SORTINO(true, BacktestMetrics::sortino),
    /** Calmar ratio, higher first. */
    CALMAR(true, BacktestMetrics::calmar),
    /** Profit factor, higher first. */
    PROFIT_FACTOR(true, BacktestMetrics::profitFactor),
    /** Win rate, higher first. */
    WIN_RATE(true, BacktestMetrics::winRate),
    /** Max drawdown, lower first. */
    MAX_DRAWDOWN(false, m -> m.maxDrawdown()),
    /** Annualised volatility, lower first. */
    ANNUALISED_VOLATILITY(false, BacktestMetrics::annualisedVolatility);

    private final boolean higherIsBetter;
    private final Function<BacktestMetrics, Double> extractor;

    RankMetric(boolean higherIsBetter, Function<BacktestMetrics, Double> extractor) {
        this.higherIsBetter = higherIsBetter;
        this.extractor = extractor;
    }

    /**
     * Tells whether larger values rank first.
     *
     * @return true when higher is better
     */
    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    /**
     * Reads the metric.
     *
     * @param metrics the metrics
     * @return the value, or null when undefined
     */
    public Double of(BacktestMetrics metrics) {
        return extractor.apply(metrics);
    }
}
