package com.gridvault.models.quant.backtest;

import com.gridvault.plugin.api.model.Doc;
import java.time.Duration;

/**
 * Performance measures of one backtest. Ratios are null where undefined (e.g. no losing trade for
 * the profit factor, zero volatility for Sharpe). Per-bar returns are simple returns of the equity
 * curve; annualisation multiplies means by {@code barsPerYear} and deviations by its square root.
 *
 * @param finalEquity equity at the last close
 * @param totalReturn final over initial equity, minus 1
 * @param cagr compound annual growth rate over {@code (bars - 1) / barsPerYear} years
 * @param annualisedVolatility sample standard deviation of per-bar returns times sqrt(barsPerYear)
 * @param sharpe annualised Sharpe ratio of per-bar excess returns
 * @param sortino annualised Sortino ratio, downside deviation over all bars
 * @param maxDrawdown largest peak-to-trough fall, as a positive fraction of the peak
 * @param maxDrawdownDurationBars bars from the max drawdown's peak to its recovery (or the end)
 * @param maxDrawdownDuration the same span in time
 * @param calmar CAGR divided by max drawdown
 * @param winRate share of trades with positive P&amp;L
 * @param profitFactor gross profit divided by gross loss
 * @param exposure share of bars with a position held after the close
 * @param numberOfTrades round trips, including one still open at the end
 */
@Doc("Backtest performance measures; null where undefined")
public record BacktestMetrics(
        @Doc("Equity at the last close, account currency") double finalEquity,
        @Doc("Final / initial equity - 1, decimal") double totalReturn,
        @Doc("Compound annual growth rate over (bars-1)/barsPerYear years, decimal") Double cagr,
        @Doc("Sample stdev of per-bar simple returns x sqrt(barsPerYear), decimal") Double annualisedVolatility,
        @Doc("(mean per-bar return - rf/barsPerYear) / stdev x sqrt(barsPerYear) (Sharpe 1994)") Double sharpe,
        @Doc("(mean per-bar return - rf/barsPerYear) / downside deviation x sqrt(barsPerYear); downside"
                        + " deviation = sqrt(mean(min(0, r - rf/barsPerYear)^2)) over all bars (Sortino & Price 1994)")
                Double sortino,
        @Doc("Largest peak-to-trough fall of equity, positive decimal (0.25 = 25%)") double maxDrawdown,
        @Doc("Bars from the max drawdown's peak until equity regained it (or the last bar)")
                int maxDrawdownDurationBars,
        @Doc("Time from the max drawdown's peak until equity regained it (or the last bar), ISO-8601")
                Duration maxDrawdownDuration,
        @Doc("CAGR / max drawdown over the whole backtest") Double calmar,
        @Doc("Winning trades / all trades, decimal") Double winRate,
        @Doc("Sum of winning P&L / |sum of losing P&L|; null without losing trades") Double profitFactor,
        @Doc("Bars with a position after the close / all bars, decimal") double exposure,
        @Doc("Round-trip trades, including one still open at the end") int numberOfTrades) {}
