package com.gridvault.plugin.api.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Identifies and describes a {@link FinancialModel}.
 *
 * @param id globally unique, stable id: lower-case dotted words, e.g. {@code derivatives.black-scholes}
 * @param name a short human name, e.g. "Black-Scholes-Merton option pricer"
 * @param description one paragraph: what it computes and under which assumptions
 * @param version the model's own semantic version; bump it whenever results may change
 * @param category the family the model belongs to, e.g. {@code valuation}, {@code derivatives},
 *     {@code quant}
 */
public record ModelDescriptor(String id, String name, String description, String version, String category) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*([.-][a-z0-9]+)*");
    private static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+");

    /** Validates the descriptor; a malformed one is a bug in the plugin. */
    public ModelDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(category, "category");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("Model id '" + id + "' must be lower-case words joined by '.' or '-'");
        }
        if (!VERSION.matcher(version).matches()) {
            throw new IllegalArgumentException("Model version '" + version + "' must be MAJOR.MINOR.PATCH");
        }
    }
}
