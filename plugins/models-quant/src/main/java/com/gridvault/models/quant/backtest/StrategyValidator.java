package com.gridvault.models.quant.backtest;

import com.gridvault.models.quant.backtest.rules.RulesValidator;
import com.gridvault.plugin.api.validation.FieldErrors;
import java.util.LinkedHashMap;
import java.util.Map;

/** Validates a {@link StrategySpec} and fills in parameter defaults. */
public final class StrategyValidator {

    private StrategyValidator() {}

    /**
     * Validates a strategy, naming every bad field (e.g. {@code strategy.parameters.fast}).
     *
     * @param errors the collector
     * @param path the path of the spec, e.g. {@code strategy}
     * @param spec the spec, possibly null
     * @param barCount the series length, the longest allowed period
     * @return the spec with every parameter of its type set, or null when it has no type
     */
    public static StrategySpec resolve(FieldErrors errors, String path, StrategySpec spec, int barCount) {
        if (spec == null || spec.type() == null) {
            errors.add(spec == null ? path : path + ".type", "is required");
            return null;
        }
        StrategyType type = spec.type();
        Map<String, Double> given = spec.parameters() == null ? Map.of() : spec.parameters();
        for (String key : given.keySet()) {
            if (type.parameters().stream().noneMatch(p -> p.name().equals(key))) {
                errors.add(
                        path + ".parameters." + key,
                        "is not a parameter of " + type + "; expected one of "
                                + type.parameters().stream()
                                        .map(StrategyParameter::name)
                                        .toList());
            }
        }
        Map<String, Double> resolved = new LinkedHashMap<>();
        for (StrategyParameter p : type.parameters()) {
            Double value = given.get(p.name());
            double v = value == null ? p.defaultValue() : value;
            check(errors, path + ".parameters." + p.name(), p, v, barCount);
            resolved.put(p.name(), v);
        }
        if (type == StrategyType.RSI_MEAN_REVERSION) {
            checkLevels(errors, path + ".parameters", resolved);
        }
        if (type == StrategyType.CUSTOM_RULES) {
            RulesValidator.validate(errors, path + ".rules", spec.rules(), barCount);
        }
        return new StrategySpec(type, resolved, spec.rules());
    }

    /**
     * Checks one parameter value.
     *
     * @param errors the collector
     * @param path the field path
     * @param parameter the parameter
     * @param value the value
     * @param barCount the series length
     */
    public static void check(FieldErrors errors, String path, StrategyParameter parameter, double value, int barCount) {
        switch (parameter.kind()) {
            case PERIOD -> {
                if (!Double.isFinite(value) || value != Math.rint(value)) {
                    errors.add(path, "must be a whole number of bars, was " + value);
                } else if (value < 1) {
                    errors.add(path, "must be at least 1, was " + value);
                } else if (barCount >= 2 && value > barCount) {
                    errors.add(path, "must not be longer than the series (" + barCount + " bars), was " + value);
                }
            }
            case LEVEL -> errors.between(path, value, 0, 100);
            case POSITIVE -> errors.positive(path, value);
            case NON_NEGATIVE -> errors.nonNegative(path, value);
        }
    }

    private static boolean inRange(double level) {
        return level >= 0 && level <= 100;
    }

    private static void checkLevels(FieldErrors errors, String path, Map<String, Double> p) {
        double lower = p.get("lower");
        double upper = p.get("upper");
        double exit = p.get("exit");
        if (!(inRange(lower) && inRange(upper) && inRange(exit))) {
            return; // already reported by the range check
        }
        errors.check(!(lower >= upper), path + ".lower", "must be below upper " + upper + ", was " + lower);
        errors.check(
                !(exit < lower || exit > upper),
                path + ".exit",
                "must be within [lower, upper] = [" + lower + ", " + upper + "], was " + exit);
    }
}
