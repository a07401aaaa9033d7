package com.gridvault.models.quant.sweep;

import com.gridvault.models.quant.backtest.BacktestSettings;
import com.gridvault.models.quant.backtest.StrategySpec;
import com.gridvault.models.quant.series.Bar;
import com.gridvault.plugin.api.model.Doc;
import java.util.List;
import java.util.Map;

/**
 * Input of {@code quant.sweep}.
 *
 * @param bars the price bars
 * @param strategy a built-in strategy; its parameters are the fixed ones
 * @param grid values to try per parameter; the sweep runs every combination
 * @param settings backtest settings shared by every run
 * @param rankBy the ranking metric
 * @param top how many ranked rows to return
 */
@Doc("A grid of strategy parameters to backtest and rank")
public record SweepInput(
        @Doc("OHLCV bars, strictly increasing in time (gaps allowed), at least 2") List<Bar> bars,
        @Doc("Built-in strategy (not CUSTOM_RULES); its parameters stay fixed unless the grid names them")
                StrategySpec strategy,
        @Doc("Values to try per parameter key, e.g. {\"fast\":[5,10,20],\"slow\":[50,100]}; every combination is"
                        + " run, at most limits.maxGridPoints")
                Map<String, List<Double>> grid,
        @Doc("Backtest settings shared by every run, optional") BacktestSettings settings,
        @Doc("Metric to rank by, default SHARPE") RankMetric rankBy,
        @Doc("Return only the best N rows, default all") Integer top) {}
