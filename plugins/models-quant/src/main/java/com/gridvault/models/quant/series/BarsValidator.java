package com.gridvault.models.quant.series;

import com.gridvault.plugin.api.model.ModelLimits;
import com.gridvault.plugin.api.validation.FieldErrors;
import java.time.Instant;
import java.util.List;

/**
 * Checks a bar list at the model boundary and names every bad field, e.g. {@code bars[17].close}.
 *
 * <p>Rules: at least two bars and at most {@link ModelLimits#maxBars()}; every price finite and
 * positive, volume finite and non-negative; {@code low <= open, close <= high}; times present and
 * strictly increasing (which rejects both unsorted and duplicated timestamps). Gaps between
 * timestamps (weekends, holidays, halts) are allowed: indicators and backtests count bars, not
 * calendar time. A list over the bar limit is rejected without inspecting each bar, so an
 * oversized request costs nothing.
 */
public final class BarsValidator {

    private BarsValidator() {}

    /**
     * Validates bars into {@code errors}.
     *
     * @param errors the collector
     * @param path the path of the list, e.g. {@code bars}
     * @param bars the bars, possibly null
     * @param limits the limits to enforce
     */
    public static void validate(FieldErrors errors, String path, List<Bar> bars, ModelLimits limits) {
        if (bars == null) {
            errors.add(path, "is required");
            return;
        }
        if (bars.size() < 2) {
            errors.add(path, "needs at least 2 bars, had " + bars.size());
        }
        if (bars.size() > limits.maxBars()) {
            errors.add(path, "has " + bars.size() + " bars, more than the limit of " + limits.maxBars());
            return;
        }
        Instant previous = null;
        for (int i = 0; i < bars.size(); i++) {
            String at = path + "[" + i + "]";
            Bar bar = bars.get(i);
            if (bar == null) {
                errors.add(at, "is required");
                previous = null;
                continue;
            }
            checkBar(errors, at, bar);
            Instant time = bar.time();
            if (time == null) {
                errors.add(at + ".time", "is required");
            } else if (previous != null && !time.isAfter(previous)) {
                errors.add(
                        at + ".time",
                        "must be after the previous bar's time " + previous + " (timestamps must be strictly"
                                + " increasing, without duplicates), was " + time);
            }
            previous = time;
        }
    }

    private static void checkBar(FieldErrors errors, String at, Bar bar) {
        errors.positive(at + ".open", bar.open())
                .positive(at + ".high", bar.high())
                .positive(at + ".low", bar.low())
                .positive(at + ".close", bar.close())
                .nonNegative(at + ".volume", bar.volume());
        double low = bar.low();
        double high = bar.high();
        if (!Double.isFinite(low) || !Double.isFinite(high)) {
            return;
        }
        if (high < low) {
            errors.add(at + ".high", "must not be below low " + low + ", was " + high);
            return;
        }
        checkWithin(errors, at + ".open", bar.open(), low, high);
        checkWithin(errors, at + ".close", bar.close(), low, high);
    }

    private static void checkWithin(FieldErrors errors, String path, double value, double low, double high) {
        if (Double.isFinite(value) && (value < low || value > high)) {
            errors.add(path, "must be within [low, high] = [" + low + ", " + high + "], was " + value);
        }
    }
}
