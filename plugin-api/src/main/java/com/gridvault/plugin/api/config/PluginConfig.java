package com.gridvault.plugin.api.config;

import java.util.Optional;

/**
 * Read-only access to a plugin's configuration values.
 *
 * <p>Values come from the appliance configuration (environment, {@code gridvault.properties},
 * admin console) under the prefix {@code gridvault.plugin.<pluginId>.}; keys here are given
 * without that prefix.
 */
public interface PluginConfig {

    /**
     * Returns the raw value of a key.
     *
     * @param key the key without the plugin prefix
     * @return the value, or empty when unset
     */
    Optional<String> get(String key);

    /**
     * Returns the value of a key or a default.
     *
     * @param key the key without the plugin prefix
     * @param defaultValue the value to use when unset
     * @return the value or {@code defaultValue}
     */
    default String get(String key, String defaultValue) {
        return get(key).orElse(defaultValue);
    }

    /**
     * Returns a whole-number value.
     *
     * @param key the key without the plugin prefix
     * @param defaultValue the value to use when unset
     * @return the value or {@code defaultValue}
     * @throws IllegalArgumentException naming the key when the value is not a whole number
     */
    default long getLong(String key, long defaultValue) {
        Optional<String> value = get(key);
        if (value.isEmpty()) {
            return defaultValue;
        }
        try {
            return Long.parseLong(value.get().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "Configuration key '" + key + "' must be a whole number, was '" + value.get() + "'", e);
        }
    }

    /**
     * Returns a boolean value; only {@code true} and {@code false} (any case) are accepted.
     *
     * @param key the key without the plugin prefix
     * @param defaultValue the value to use when unset
     * @return the value or {@code defaultValue}
     * @throws IllegalArgumentException naming the key when the value is neither true nor false
     */
    default boolean getBoolean(String key, boolean defaultValue) {
        Optional<String> value = get(key);
        if (value.isEmpty()) {
            return defaultValue;
        }
        String v = value.get().trim();
        if (v.equalsIgnoreCase("true")) {
            return true;
        }
        if (v.equalsIgnoreCase("false")) {
            return false;
        }
        throw new IllegalArgumentException("Configuration key '" + key + "' must be true or false, was '" + v + "'");
    }
}
