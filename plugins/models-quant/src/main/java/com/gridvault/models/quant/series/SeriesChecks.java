package com.gridvault.models.quant.series;

import com.gridvault.plugin.api.validation.FieldErrors;
import java.util.ArrayList;
import java.util.List;

/** Small shared helpers for the quant models' boundaries: period checks and NaN-free output. */
public final class SeriesChecks {

    private SeriesChecks() {}

    /**
     * Resolves an optional look-back period and checks it lies in {@code [min, barCount]}.
     *
     * @param errors the collector
     * @param path the field path
     * @param value the value sent, or null for the default
     * @param defaultValue the default
     * @param min the smallest allowed period (1, or 2 for a standard deviation of returns)
     * @param barCount the series length, the largest allowed period
     * @return the resolved period (the default when the value was invalid)
     */
    public static int period(FieldErrors errors, String path, Integer value, int defaultValue, int min, int barCount) {
        int period = value == null ? defaultValue : value;
        if (period < min) {
            errors.add(path, "must be at least " + min + ", was " + period);
            return defaultValue;
        }
        if (barCount >= 2 && period > barCount) {
            errors.add(path, "must not be longer than the series (" + barCount + " bars), was " + period);
        }
        return period;
    }

    /**
     * Copies an array to a list for JSON output, turning NaN (warm-up, undefined) into null, since
     * JSON has no NaN.
     *
     * @param values the values
     * @return the list
     */
    public static List<Double> nullable(double[] values) {
        List<Double> out = new ArrayList<>(values.length);
        for (double v : values) {
            out.add(Double.isFinite(v) ? v : null);
        }
        return out;
    }

    /**
     * Returns a value, or null when it is NaN or infinite.
     *
     * @param value the value
     * @return the boxed value or null
     */
    public static Double nullable(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
