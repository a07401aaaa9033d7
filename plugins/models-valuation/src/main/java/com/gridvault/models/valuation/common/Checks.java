package com.gridvault.models.valuation.common;

import com.gridvault.plugin.api.validation.FieldErrors;
import java.util.List;

/**
 * Null-aware checks on boxed inputs that add to a {@link FieldErrors}. Required values report
 * "is required" when absent; optional values are only checked when present.
 */
public final class Checks {

    /** The most projection years any valuation model accepts. */
    public static final int MAX_YEARS = 50;

    private Checks() {}

    /** A required finite number. */
    public static void finite(FieldErrors errors, String path, Double value) {
        if (value == null) {
            errors.add(path, "is required");
        } else {
            errors.finite(path, value);
        }
    }

    /** An optional finite number. */
    public static void optionalFinite(FieldErrors errors, String path, Double value) {
        if (value != null) {
            errors.finite(path, value);
        }
    }

    /** A required number greater than zero. */
    public static void positive(FieldErrors errors, String path, Double value) {
        if (value == null) {
            errors.add(path, "is required");
        } else {
            errors.positive(path, value);
        }
    }

    /** An optional number greater than zero. */
    public static void optionalPositive(FieldErrors errors, String path, Double value) {
        if (value != null) {
            errors.positive(path, value);
        }
    }

    /** A required number at least zero. */
    public static void nonNegative(FieldErrors errors, String path, Double value) {
        if (value == null) {
            errors.add(path, "is required");
        } else {
            errors.nonNegative(path, value);
        }
    }

    /** An optional number at least zero. */
    public static void optionalNonNegative(FieldErrors errors, String path, Double value) {
        if (value != null) {
            errors.nonNegative(path, value);
        }
    }

    /** A required number within {@code [min, max]}. */
    public static void between(FieldErrors errors, String path, Double value, double min, double max) {
        if (value == null) {
            errors.add(path, "is required");
        } else {
            errors.between(path, value, min, max);
        }
    }

    /** A required tax rate in {@code [0, 1)}. */
    public static void taxRate(FieldErrors errors, String path, Double value) {
        if (value == null) {
            errors.add(path, "is required");
        } else if (!Double.isFinite(value)) {
            errors.finite(path, value);
        } else {
            errors.check(value >= 0 && value < 1, path, "must be at least 0 and below 1, was " + value);
        }
    }

    /** An optional number within {@code [min, max]}. */
    public static void optionalBetween(FieldErrors errors, String path, Double value, double min, double max) {
        if (value != null) {
            errors.between(path, value, min, max);
        }
    }

    /**
     * A required list of projection years: present, non-empty and at most {@link #MAX_YEARS} long.
     *
     * @return true when the list can be walked element by element
     */
    public static boolean years(FieldErrors errors, String path, List<?> years) {
        errors.notEmpty(path, years);
        if (years == null || years.isEmpty()) {
            return false;
        }
        errors.check(years.size() <= MAX_YEARS, path, "must have at most " + MAX_YEARS + " years, had " + years.size());
        return true;
    }

    /** Every element of an optional list of numbers is present and finite. */
    public static void finiteElements(FieldErrors errors, String path, List<Double> values) {
        if (values == null) {
            return;
        }
        for (int i = 0; i < values.size(); i++) {
            finite(errors, path + "[" + i + "]", values.get(i));
        }
    }

    /** Returns the value, or the default when absent. */
    public static double orDefault(Double value, double defaultValue) {
        return value == null ? defaultValue : value;
    }

    /** Returns the value, or the default when absent. */
    public static int orDefault(Integer value, int defaultValue) {
        return value == null ? defaultValue : value;
    }

    /** Returns the value, or the default when absent. */
    public static boolean orDefault(Boolean value, boolean defaultValue) {
        return value == null ? defaultValue : value;
    }
}
