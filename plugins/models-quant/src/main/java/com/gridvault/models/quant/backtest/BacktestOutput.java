package com.gridvault.models.quant.backtest;

import com.gridvault.plugin.api.model.Doc;
import java.util.List;

/**
 * Output of {@code quant.backtest}.
 *
 * @param metrics performance measures
 * @param trades round trips in entry order
 * @param equityCurve equity per bar, empty when not requested
 */
@Doc("Backtest result")
public record BacktestOutput(
        @Doc("Performance measures") BacktestMetrics metrics,
        @Doc("Round-trip trades in entry order") List<Trade> trades,
        @Doc("Equity and position at each bar's close; empty when includeEquityCurve is false")
                List<EquityPoint> equityCurve) {}
