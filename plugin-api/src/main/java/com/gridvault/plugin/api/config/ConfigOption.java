package com.gridvault.plugin.api.config;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Describes one configuration setting of an extension.
 *
 * @param name the key, unique within the extension; lower-case words joined by dots or dashes
 * @param type the value type
 * @param defaultValue the value used when the operator sets none, or null when there is none
 * @param help one or two sentences for the operator, shown beside the form field
 * @param secret true when the value must be stored encrypted and never displayed again
 * @param required true when the extension cannot work without a value
 * @param allowedValues the permitted values for {@link ConfigType#CHOICE}, empty otherwise
 */
public record ConfigOption(
        String name,
        ConfigType type,
        String defaultValue,
        String help,
        boolean secret,
        boolean required,
        List<String> allowedValues) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*([.-][a-z0-9]+)*");

    /** Validates the description; a malformed one is a bug in the plugin. */
    public ConfigOption {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(help, "help");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "Config option name '" + name + "' must be lower-case words joined by '.' or '-'");
        }
        allowedValues = List.copyOf(allowedValues == null ? List.of() : allowedValues);
        if (type == ConfigType.CHOICE && allowedValues.isEmpty()) {
            throw new IllegalArgumentException("Config option '" + name + "' is a CHOICE but lists no allowed values");
        }
        if (secret && defaultValue != null) {
            throw new IllegalArgumentException("Secret config option '" + name + "' must not have a default value");
        }
    }

    /**
     * Starts an optional, non-secret option.
     *
     * @param name the key
     * @param type the value type
     * @param defaultValue the default, or null
     * @param help help text for the operator
     * @return the option
     */
    public static ConfigOption of(String name, ConfigType type, String defaultValue, String help) {
        return new ConfigOption(name, type, defaultValue, help, false, false, List.of());
    }

    /**
     * Describes a required secret, such as an API key.
     *
     * @param name the key
     * @param help help text for the operator
     * @return the option
     */
    public static ConfigOption secret(String name, String help) {
        return new ConfigOption(name, ConfigType.STRING, null, help, true, true, List.of());
    }
}
