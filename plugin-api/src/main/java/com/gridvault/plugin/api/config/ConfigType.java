package com.gridvault.plugin.api.config;

/** The value type of a {@link ConfigOption}, which decides how a form renders and validates it. */
public enum ConfigType {
    /** Free text. */
    STRING,
    /** A whole number within the range of {@code long}. */
    INTEGER,
    /** A decimal number. */
    DECIMAL,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** An absolute http or https URL. */
    URL,
    /** A duration in ISO-8601 form, for example {@code PT30S}. */
    DURATION,
    /** One of the option's {@link ConfigOption#allowedValues()}. */
    CHOICE
}
