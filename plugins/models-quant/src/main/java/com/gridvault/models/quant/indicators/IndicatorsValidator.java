package com.gridvault.models.quant.indicators;

import static com.gridvault.models.quant.series.SeriesChecks.period;

import com.gridvault.models.quant.series.BarsValidator;
import com.gridvault.plugin.api.model.ModelLimits;
import com.gridvault.plugin.api.validation.FieldErrors;
import java.util.ArrayList;
import java.util.List;

/** Validates {@link IndicatorsInput} and resolves each spec's defaults. */
public final class IndicatorsValidator {

    /** Default bars per year (daily bars). */
    public static final int DEFAULT_BARS_PER_YEAR = 252;

    private IndicatorsValidator() {}

    /**
     * Validates the input, naming every bad field, and returns the specs with defaults filled in.
     *
     * @param input the input
     * @param limits the limits
     * @return the resolved specs, in request order
     * @throws com.gridvault.plugin.api.validation.InvalidInputException when anything is invalid
     */
    public static List<IndicatorSpec> validate(IndicatorsInput input, ModelLimits limits) {
        FieldErrors errors = FieldErrors.create();
        if (input == null) {
            errors.add("input", "is required").throwIfAny();
        }
        BarsValidator.validate(errors, "bars", input.bars(), limits);
        int barCount = input.bars() == null ? 0 : input.bars().size();
        barsPerYear(errors, "barsPerYear", input.barsPerYear());
        List<IndicatorSpec> resolved = new ArrayList<>();
        errors.notEmpty("indicators", input.indicators());
        if (input.indicators() != null) {
            for (int i = 0; i < input.indicators().size(); i++) {
                resolved.add(resolve(
                        errors, "indicators[" + i + "]", input.indicators().get(i), barCount));
            }
        }
        errors.throwIfAny();
        return resolved;
    }

    /**
     * Checks an optional bars-per-year value and returns it or the default.
     *
     * @param errors the collector
     * @param path the field path
     * @param value the value or null
     * @return the resolved value
     */
    public static int barsPerYear(FieldErrors errors, String path, Integer value) {
        int resolved = value == null ? DEFAULT_BARS_PER_YEAR : value;
        errors.check(resolved >= 1, path, "must be at least 1, was " + resolved);
        return resolved;
    }

    private static IndicatorSpec resolve(FieldErrors errors, String path, IndicatorSpec spec, int bars) {
        if (spec == null || spec.type() == null) {
            errors.add(spec == null ? path : path + ".type", "is required");
            return null;
        }
        String p = path + ".period";
        return switch (spec.type()) {
            case SMA, EMA -> withPeriod(spec, period(errors, p, spec.period(), 20, 1, bars));
            case RSI, ATR -> withPeriod(spec, period(errors, p, spec.period(), 14, 1, bars));
            case ROC -> withPeriod(spec, period(errors, p, spec.period(), 10, 1, bars));
            case VOLATILITY -> withPeriod(spec, period(errors, p, spec.period(), 20, 2, bars));
            case BOLLINGER -> {
                double k = spec.multiplier() == null ? 2.0 : spec.multiplier();
                errors.positive(path + ".multiplier", k);
                yield new IndicatorSpec(
                        spec.type(), period(errors, p, spec.period(), 20, 1, bars), null, null, null, k);
            }
            case MACD ->
                new IndicatorSpec(
                        spec.type(),
                        null,
                        period(errors, path + ".fastPeriod", spec.fastPeriod(), 12, 1, bars),
                        period(errors, path + ".slowPeriod", spec.slowPeriod(), 26, 1, bars),
                        period(errors, path + ".signalPeriod", spec.signalPeriod(), 9, 1, bars),
                        null);
        };
    }

    private static IndicatorSpec withPeriod(IndicatorSpec spec, int period) {
        return new IndicatorSpec(spec.type(), period, null, null, null, null);
    }
}
