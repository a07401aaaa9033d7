package com.gridvault.plugin.api.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Collects field errors while an input is checked, then throws them all at once.
 *
 * <pre>{@code
 * FieldErrors.create()
 *     .positive("volatility", in.volatility())
 *     .positive("timeToExpiry", in.timeToExpiry())
 *     .finite("rate", in.rate())
 *     .throwIfAny();
 * }</pre>
 *
 * <p>Not thread-safe; create one per validation.
 */
public final class FieldErrors {

    private final List<FieldError> errors = new ArrayList<>();

    private FieldErrors() {}

    /**
     * Starts an empty collection.
     *
     * @return a new collector
     */
    public static FieldErrors create() {
        return new FieldErrors();
    }

    /**
     * Records an error unconditionally.
     *
     * @param path the field path
     * @param message what is wrong
     * @return this collector
     */
    public FieldErrors add(String path, String message) {
        errors.add(new FieldError(path, message));
        return this;
    }

    /**
     * Records an error when {@code valid} is false.
     *
     * @param valid the outcome of the check
     * @param path the field path
     * @param message what is wrong when the check fails
     * @return this collector
     */
    public FieldErrors check(boolean valid, String path, String message) {
        return valid ? this : add(path, message);
    }

    /**
     * Requires a value to be present.
     *
     * @param path the field path
     * @param value the value
     * @return this collector
     */
    public FieldErrors notNull(String path, Object value) {
        return check(value != null, path, "is required");
    }

    /**
     * Requires a collection to be present and non-empty.
     *
     * @param path the field path
     * @param value the collection
     * @return this collector
     */
    public FieldErrors notEmpty(String path, Collection<?> value) {
        if (value == null) {
            return add(path, "is required");
        }
        return check(!value.isEmpty(), path, "must not be empty");
    }

    /**
     * Requires a finite number (not NaN, not infinite).
     *
     * @param path the field path
     * @param value the number
     * @return this collector
     */
    public FieldErrors finite(String path, double value) {
        return check(Double.isFinite(value), path, "must be a finite number, was " + value);
    }

    /**
     * Requires a finite number strictly greater than zero.
     *
     * @param path the field path
     * @param value the number
     * @return this collector
     */
    public FieldErrors positive(String path, double value) {
        if (!Double.isFinite(value)) {
            return finite(path, value);
        }
        return check(value > 0, path, "must be greater than 0, was " + value);
    }

    /**
     * Requires a finite number greater than or equal to zero.
     *
     * @param path the field path
     * @param value the number
     * @return this collector
     */
    public FieldErrors nonNegative(String path, double value) {
        if (!Double.isFinite(value)) {
            return finite(path, value);
        }
        return check(value >= 0, path, "must not be negative, was " + value);
    }

    /**
     * Requires a finite number within {@code [min, max]}.
     *
     * @param path the field path
     * @param value the number
     * @param min the smallest allowed value
     * @param max the largest allowed value
     * @return this collector
     */
    public FieldErrors between(String path, double value, double min, double max) {
        if (!Double.isFinite(value)) {
            return finite(path, value);
        }
        return check(value >= min && value <= max, path, "must be between " + min + " and " + max + ", was " + value);
    }

    /**
     * Tells whether any error was recorded.
     *
     * @return true when at least one error was recorded
     */
    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /**
     * Returns the recorded errors.
     *
     * @return an unmodifiable copy
     */
    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    /**
     * Throws an {@link InvalidInputException} carrying every recorded error, if there is any.
     *
     * @throws InvalidInputException when at least one error was recorded
     */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
