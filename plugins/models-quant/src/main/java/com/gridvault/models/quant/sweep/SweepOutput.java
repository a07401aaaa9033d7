package com.gridvault.models.quant.sweep;

import com.gridvault.plugin.api.model.Doc;
import java.util.List;

/**
 * Output of {@code quant.sweep}.
 *
 * @param rankBy the ranking metric
 * @param gridPoints how many combinations were run
 * @param rows the ranked results, best first
 */
@Doc("Ranked sweep results")
public record SweepOutput(
        @Doc("Metric the rows are ranked by") RankMetric rankBy,
        @Doc("Number of parameter combinations run") int gridPoints,
        @Doc("Results, best first; ties keep grid order") List<SweepRow> rows) {}
