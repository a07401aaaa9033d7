package com.gridvault.plugin.api.ai;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The settings of one configured provider endpoint, as entered by the operator.
 *
 * <p>{@link #toString()} never shows secret values, so a settings object may be logged.
 *
 * @param values non-secret setting values keyed by option name; blank values count as unset
 * @param secrets secret values (API keys) keyed by option name
 */
public record AiProviderSettings(Map<String, String> values, Map<String, String> secrets) {

    /** Copies both maps; null maps become empty. */
    public AiProviderSettings {
        values = Map.copyOf(values == null ? Map.of() : values);
        secrets = Map.copyOf(secrets == null ? Map.of() : secrets);
    }

    /**
     * Creates settings from non-secret values and secret values.
     *
     * @param values the setting values
     * @param secrets the secret values
     * @return the settings
     */
    public static AiProviderSettings of(Map<String, String> values, Map<String, String> secrets) {
        return new AiProviderSettings(values, secrets);
    }

    /**
     * Returns a non-secret value.
     *
     * @param name the option name
     * @return the trimmed value, or empty when unset or blank
     */
    public Optional<String> value(String name) {
        return nonBlank(values.get(name));
    }

    /**
     * Returns a non-secret value or a default.
     *
     * @param name the option name
     * @param defaultValue the value used when unset or blank
     * @return the value or {@code defaultValue}
     */
    public String value(String name, String defaultValue) {
        return value(name).orElse(defaultValue);
    }

    /**
     * Returns a duration value in ISO-8601 form ({@code PT30S}).
     *
     * @param name the option name
     * @param defaultValue the value used when unset
     * @return the duration
     * @throws IllegalArgumentException naming the option when the value is not a positive duration
     */
    public Duration duration(String name, Duration defaultValue) {
        Optional<String> value = value(name);
        if (value.isEmpty()) {
            return defaultValue;
        }
        try {
            Duration parsed = Duration.parse(value.get());
            if (parsed.isNegative() || parsed.isZero()) {
                throw new IllegalArgumentException("Setting '" + name + "' must be a positive duration");
            }
            return parsed;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "Setting '" + name + "' must be an ISO-8601 duration such as PT30S, was '" + value.get() + "'", e);
        }
    }

    /**
     * Returns a secret value.
     *
     * @param name the secret option name
     * @return the value, or empty when unset or blank
     */
    public Optional<String> secret(String name) {
        return nonBlank(secrets.get(name));
    }

    /** Shows the values and only the names of the secrets. */
    @Override
    public String toString() {
        return "AiProviderSettings[values=" + new TreeMap<>(values) + ", secrets=" + new TreeMap<>(secrets).keySet()
                + "]";
    }

    private static Optional<String> nonBlank(String value) {
        return Optional.ofNullable(value).map(String::trim).filter(v -> !v.isEmpty());
    }
}
