package com.gridvault.plugin.api.ai;

import java.util.Objects;

/**
 * Constrains the form of the answer.
 *
 * @param type free text, any JSON object, or JSON matching a schema
 * @param name for {@link Type#JSON_SCHEMA}, a name for the schema (letters, digits, _ and -); else
 *     null
 * @param schema for {@link Type#JSON_SCHEMA}, the JSON Schema as JSON text; else null
 * @param strict for {@link Type#JSON_SCHEMA}, whether the provider must follow the schema exactly
 */
public record ResponseFormat(Type type, String name, String schema, boolean strict) {

    /** The kinds of constraint. */
    public enum Type {
        /** Free text, the default. */
        TEXT,
        /** Any valid JSON object. */
        JSON_OBJECT,
        /** JSON that matches {@link ResponseFormat#schema()}. */
        JSON_SCHEMA
    }

    /** Free text. */
    public static final ResponseFormat TEXT = new ResponseFormat(Type.TEXT, null, null, false);

    /** Any JSON object. */
    public static final ResponseFormat JSON_OBJECT = new ResponseFormat(Type.JSON_OBJECT, null, null, false);

    /** Requires name and schema exactly for {@link Type#JSON_SCHEMA}. */
    public ResponseFormat {
        Objects.requireNonNull(type, "type");
        if ((type == Type.JSON_SCHEMA) != (name != null && schema != null)) {
            throw new IllegalArgumentException("A JSON_SCHEMA response format, and only that, has a name and a schema");
        }
    }

    /**
     * Requires JSON that follows a schema strictly.
     *
     * @param name the schema's name
     * @param schema the JSON Schema as JSON text
     * @return the format
     */
    public static ResponseFormat jsonSchema(String name, String schema) {
        return new ResponseFormat(Type.JSON_SCHEMA, name, schema, true);
    }
}
