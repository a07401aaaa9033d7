package com.gridvault.models.quant.indicators;

import com.gridvault.plugin.api.model.Doc;
import java.util.List;
import java.util.Map;

/**
 * One computed indicator.
 *
 * @param label a readable name with parameters, e.g. {@code SMA(20)}
 * @param type the indicator
 * @param lines each output line by name, one value per bar
 */
@Doc("One computed indicator")
public record IndicatorSeries(
        @Doc("Readable name with parameters, e.g. SMA(20) or MACD(12,26,9)") String label,
        @Doc("Indicator kind") IndicatorType type,
        @Doc("Output lines by name (value; middle/upper/lower; macd/signal/histogram), one entry per bar,"
                        + " null during warm-up")
                Map<String, List<Double>> lines) {}
