package com.gridvault.models.quant.backtest;

import java.util.List;

/**
 * What the engine produces: the per-bar equity and position arrays, the trades and the metrics.
 * The arrays are created per run and belong to the caller.
 *
 * @param equity equity at each bar's close
 * @param position signed units held after each bar's close
 * @param trades round trips in entry order
 * @param metrics the performance measures
 */
public record BacktestResult(double[] equity, double[] position, List<Trade> trades, BacktestMetrics metrics) {}
