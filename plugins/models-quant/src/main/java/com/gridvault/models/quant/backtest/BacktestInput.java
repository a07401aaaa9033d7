package com.gridvault.models.quant.backtest;

import com.gridvault.models.quant.series.Bar;
import com.gridvault.plugin.api.model.Doc;
import java.util.List;

/**
 * Input of {@code quant.backtest}.
 *
 * @param bars the price bars
 * @param strategy the strategy
 * @param settings account and measurement settings
 * @param includeEquityCurve whether to return the per-bar equity curve
 */
@Doc("Bars, a strategy and settings for one backtest")
public record BacktestInput(
        @Doc("OHLCV bars, strictly increasing in time (gaps allowed), at least 2") List<Bar> bars,
        @Doc("The strategy to run (required)") StrategySpec strategy,
        @Doc("Account and measurement settings, optional") BacktestSettings settings,
        @Doc("Return the per-bar equity curve, default true") Boolean includeEquityCurve) {}
