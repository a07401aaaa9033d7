package com.gridvault.models.quant.indicators;

import com.gridvault.plugin.api.model.Doc;
import java.time.Instant;
import java.util.List;

/**
 * Output of {@code quant.indicators}.
 *
 * @param times the bar times, aligned with every line
 * @param series the indicators, in request order
 */
@Doc("Indicator values aligned with the bar times")
public record IndicatorsOutput(
        @Doc("Bar times; every indicator line has one entry per time") List<Instant> times,
        @Doc("Computed indicators, in request order") List<IndicatorSeries> series) {}
