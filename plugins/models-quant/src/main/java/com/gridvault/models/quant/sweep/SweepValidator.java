package com.gridvault.models.quant.sweep;

import com.gridvault.models.quant.backtest.StrategyParameter;
import com.gridvault.models.quant.backtest.StrategySpec;
import com.gridvault.models.quant.backtest.StrategyType;
import com.gridvault.models.quant.backtest.StrategyValidator;
import com.gridvault.plugin.api.validation.FieldErrors;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Validates a sweep's grid and expands it into one resolved strategy spec per combination. */
public final class SweepValidator {

    private SweepValidator() {}

    /**
     * Validates the grid against the strategy and the grid limit.
     *
     * @param errors the collector
     * @param base the resolved base strategy (null when it was invalid)
     * @param grid the grid, possibly null
     * @param barCount the series length
     * @param maxGridPoints the most combinations allowed
     * @return the specs in grid order, or an empty list when anything is invalid
     */
    public static List<StrategySpec> expand(
            FieldErrors errors, StrategySpec base, Map<String, List<Double>> grid, int barCount, int maxGridPoints) {
        if (base == null) {
            return List.of();
        }
        if (base.type() == StrategyType.CUSTOM_RULES) {
            errors.add("strategy.type", "CUSTOM_RULES cannot be swept; choose a built-in strategy");
            return List.of();
        }
        if (grid == null || grid.isEmpty()) {
            errors.add("grid", "must name at least one parameter of " + base.type());
            return List.of();
        }
        boolean valid = !errors.hasErrors();
        for (Map.Entry<String, List<Double>> e : grid.entrySet()) {
            valid &= checkAxis(errors, base.type(), e.getKey(), e.getValue(), barCount);
        }
        ParameterGrid points = ParameterGrid.of(grid);
        long size = points.size();
        if (size > maxGridPoints) {
            errors.add("grid", "has " + size + " combinations, more than the limit of " + maxGridPoints);
            return List.of();
        }
        if (!valid) {
            return List.of();
        }
        List<StrategySpec> specs = new ArrayList<>((int) size);
        for (int i = 0; i < size; i++) {
            Map<String, Double> params = new LinkedHashMap<>(base.parameters());
            params.putAll(points.point(i));
            FieldErrors pointErrors = FieldErrors.create();
            StrategySpec spec = StrategyValidator.resolve(
                    pointErrors, "grid", new StrategySpec(base.type(), params, null), barCount);
            if (pointErrors.hasErrors()) {
                errors.add(
                        "grid",
                        "combination " + i + " " + points.point(i) + " is invalid: "
                                + pointErrors.errors().get(0).message());
                return List.of();
            }
            specs.add(new StrategySpec(spec.type(), Collections.unmodifiableMap(spec.parameters()), null));
        }
        return specs;
    }

    private static boolean checkAxis(
            FieldErrors errors, StrategyType type, String key, List<Double> values, int barCount) {
        String path = "grid." + key;
        StrategyParameter parameter = type.parameters().stream()
                .filter(p -> p.name().equals(key))
                .findFirst()
                .orElse(null);
        if (parameter == null) {
            errors.add(
                    path,
                    "is not a parameter of " + type + "; expected one of "
                            + type.parameters().stream()
                                    .map(StrategyParameter::name)
                                    .toList());
            return false;
        }
        if (values == null || values.isEmpty()) {
            errors.add(path, values == null ? "is required" : "must not be empty");
            return false;
        }
        int before = errors.errors().size();
        for (int i = 0; i < values.size(); i++) {
            Double v = values.get(i);
            if (v == null) {
                errors.add(path + "[" + i + "]", "is required");
            } else {
                StrategyValidator.check(errors, path + "[" + i + "]", parameter, v, barCount);
            }
        }
        return errors.errors().size() == before;
    }
}
