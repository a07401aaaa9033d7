package com.gridvault.models.quant.portfolio;

import com.gridvault.plugin.api.model.ModelLimits;
import com.gridvault.plugin.api.validation.FieldErrors;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Validates {@link PortfolioRiskInput}, naming every bad field, and fills in defaults. */
public final class PortfolioRiskValidator {

    private PortfolioRiskValidator() {}

    /**
     * Validates.
     *
     * @param in the input
     * @param limits the limits
     * @return the input with defaults filled in
     * @throws com.gridvault.plugin.api.validation.InvalidInputException when anything is invalid
     */
    public static PortfolioRiskInput validate(PortfolioRiskInput in, ModelLimits limits) {
        FieldErrors errors = FieldErrors.create();
        if (in == null) {
            errors.add("input", "is required").throwIfAny();
        }
        int n = positions(errors, in.positions(), limits);
        if (in.times() != null) {
            times(errors, in.times(), n);
        }
        if (in.benchmark() != null) {
            prices(errors, "benchmark", in.benchmark(), n);
        }
        double confidence = in.confidence() == null ? 0.99 : in.confidence();
        errors.check(
                confidence > 0 && confidence < 1, "confidence", "must be strictly between 0 and 1, was " + confidence);
        int horizon = in.horizon() == null ? 1 : in.horizon();
        errors.check(horizon >= 1, "horizon", "must be at least 1, was " + horizon);
        int paths = in.monteCarloPaths() == null ? 10_000 : in.monteCarloPaths();
        errors.check(
                paths >= 1 && paths <= limits.maxPaths(),
                "monteCarloPaths",
                "must be between 1 and the limit of " + limits.maxPaths() + ", was " + paths);
        int bpy = in.barsPerYear() == null ? 252 : in.barsPerYear();
        errors.check(bpy >= 1, "barsPerYear", "must be at least 1, was " + bpy);
        errors.throwIfAny();
        return new PortfolioRiskInput(
                in.times(),
                in.positions(),
                in.benchmark(),
                confidence,
                horizon,
                paths,
                in.seed() == null ? 1L : in.seed(),
                bpy);
    }

    /** Checks the positions and returns the common price count (0 when unknown). */
    private static int positions(FieldErrors errors, List<AssetPosition> positions, ModelLimits limits) {
        errors.notEmpty("positions", positions);
        if (positions == null || positions.isEmpty()) {
            return 0;
        }
        Map<String, Integer> seen = new HashMap<>();
        int n = 0;
        for (int i = 0; i < positions.size(); i++) {
            String at = "positions[" + i + "]";
            AssetPosition p = positions.get(i);
            if (p == null) {
                errors.add(at, "is required");
                continue;
            }
            if (p.symbol() == null || p.symbol().isBlank()) {
                errors.add(at + ".symbol", "is required");
            } else if (seen.putIfAbsent(p.symbol(), i) != null) {
                errors.add(
                        at + ".symbol",
                        "duplicates positions[" + seen.get(p.symbol()) + "].symbol '" + p.symbol() + "'");
            }
            errors.finite(at + ".quantity", p.quantity());
            if (p.prices() == null) {
                errors.add(at + ".prices", "is required");
            } else if (p.prices().size() > limits.maxBars()) {
                errors.add(
                        at + ".prices",
                        "has " + p.prices().size() + " prices, more than the limit of " + limits.maxBars());
            } else if (n == 0) {
                n = p.prices().size();
                errors.check(n >= 3, at + ".prices", "needs at least 3 prices (2 returns), had " + n);
                prices(errors, at + ".prices", p.prices(), n);
            } else {
                prices(errors, at + ".prices", p.prices(), n);
            }
        }
        return n;
    }

    private static void prices(FieldErrors errors, String path, List<Double> prices, int n) {
        if (n > 0 && prices.size() != n) {
            errors.add(path, "must have " + n + " prices like the first position, had " + prices.size());
            return;
        }
        for (int j = 0; j < prices.size(); j++) {
            Double v = prices.get(j);
            if (v == null) {
                errors.add(path + "[" + j + "]", "is required");
            } else {
                errors.positive(path + "[" + j + "]", v);
            }
        }
    }

    private static void times(FieldErrors errors, List<Instant> times, int n) {
        if (n > 0 && times.size() != n) {
            errors.add("times", "must have one time per price (" + n + "), had " + times.size());
            return;
        }
        for (int j = 0; j < times.size(); j++) {
            Instant t = times.get(j);
            if (t == null) {
                errors.add("times[" + j + "]", "is required");
            } else if (j > 0 && times.get(j - 1) != null && !t.isAfter(times.get(j - 1))) {
                errors.add("times[" + j + "]", "must be after times[" + (j - 1) + "] (strictly increasing), was " + t);
            }
        }
    }
}
