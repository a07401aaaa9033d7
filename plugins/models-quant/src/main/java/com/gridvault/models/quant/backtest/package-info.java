/**
 * The OHLCV backtest: strategy selection ({@link com.gridvault.models.quant.backtest.StrategySpec}),
 * settings, the no-look-ahead {@link com.gridvault.models.quant.backtest.BacktestEngine}, metrics,
 * and the {@code quant.backtest} model.
 */
package com.gridvault.models.quant.backtest;
