package com.gridvault.server.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads raw strings from a configuration source and parses them with messages that name the key
 * and its environment variable. Every feature reads its settings through it.
 */
public final class ConfigReader {

    private final Function<String, Optional<String>> source;

    ConfigReader(Function<String, Optional<String>> source) {
        this.source = source;
    }

    /** A reader of MicroProfile Config. */
    public static ConfigReader of(org.eclipse.microprofile.config.Config config) {
        return new ConfigReader(key -> config.getOptionalValue(key, String.class));
    }

    /** A reader of fixed values, e.g. to check values given in code with the same messages. */
    public static ConfigReader of(Map<String, String> values) {
        return new ConfigReader(key -> Optional.ofNullable(values.get(key)));
    }

    public Optional<String> raw(String key) {
        return source.apply(key).map(String::trim).filter(v -> !v.isEmpty());
    }

    public String string(String key, String defaultValue) {
        return raw(key).orElse(defaultValue);
    }

    /** A whole number of 0 or more (limits where 0 means unlimited). */
    public long nonNegativeLong(String key, long defaultValue) {
        return parse(
                key,
                defaultValue,
                v -> {
                    long value = Long.parseLong(v.replace("_", ""));
                    if (value < 0) {
                        throw new IllegalArgumentException();
                    }
                    return value;
                },
                "a whole number of 0 or more (0 = unlimited)");
    }

    public long positiveLong(String key, long defaultValue) {
        return parse(
                key,
                defaultValue,
                v -> {
                    long value = Long.parseLong(v.replace("_", ""));
                    if (value <= 0) {
                        throw new IllegalArgumentException();
                    }
                    return value;
                },
                "a positive whole number");
    }

    int positiveInt(String key, int defaultValue) {
        return Math.toIntExact(Math.min(positiveLong(key, defaultValue), Integer.MAX_VALUE));
    }

    boolean bool(String key, boolean defaultValue) {
        return parse(
                key,
                defaultValue,
                v -> switch (v.toLowerCase(Locale.ROOT)) {
                    case "true" -> true;
                    case "false" -> false;
                    default -> throw new IllegalArgumentException();
                },
                "true or false");
    }

    String oneOf(String key, String defaultValue, Set<String> allowed) {
        return parse(
                key,
                defaultValue,
                v -> {
                    if (!allowed.contains(v)) {
                        throw new IllegalArgumentException();
                    }
                    return v;
                },
                "one of " + allowed);
    }

    java.time.Duration positiveDuration(String key, java.time.Duration defaultValue) {
        return parse(
                key,
                defaultValue,
                v -> {
                    java.time.Duration value = java.time.Duration.parse(v);
                    if (value.isNegative() || value.isZero()) {
                        throw new IllegalArgumentException();
                    }
                    return value;
                },
                "a positive ISO-8601 duration such as PT15M");
    }

    Path path(String key, Path defaultValue) {
        return parse(key, defaultValue, v -> Path.of(v).toAbsolutePath().normalize(), "a file system path");
    }

    /**
     * The value of {@code key} turned into a {@code T} by {@code parser}, or {@code defaultValue}
     * when unset or blank; any exception of the parser becomes an {@link
     * InvalidConfigurationException} naming the key, its environment variable, the value and
     * {@code expected} (e.g. "a positive whole number").
     */
    public <T> T parse(String key, T defaultValue, Function<String, T> parser, String expected) {
        Optional<String> value = raw(key);
        if (value.isEmpty()) {
            return defaultValue;
        }
        try {
            return parser.apply(value.get());
        } catch (RuntimeException e) {
            throw new InvalidConfigurationException("Configuration key '" + key + "' (environment variable "
                    + environmentName(key) + ") must be " + expected + ", but is '" + value.get() + "'");
        }
    }

    static String environmentName(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }
}
