package com.gridvault.models.quant.sweep;

import com.gridvault.models.quant.backtest.BacktestMetrics;
import com.gridvault.plugin.api.model.Doc;
import java.util.Map;

/**
 * One parameter combination's result.
 *
 * @param rank 1 for the best
 * @param gridIndex the combination's position in grid order (keys sorted, last key varying fastest)
 * @param parameters every strategy parameter used
 * @param score the ranking metric's value, null when undefined
 * @param metrics all metrics of the run
 */
@Doc("One parameter combination and its backtest metrics")
public record SweepRow(
        @Doc("1 = best") int rank,
        @Doc("Position in grid order: keys sorted alphabetically, last key varying fastest") int gridIndex,
        @Doc("Every strategy parameter used in this run") Map<String, Double> parameters,
        @Doc("Value of the ranking metric; null when undefined (ranked last)") Double score,
        @Doc("All metrics of the run") BacktestMetrics metrics) {}
