package com.gridvault.plugin.api.ai;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A function the model may call.
 *
 * @param name the function name: letters, digits, underscores and dashes, at most 64 characters
 * @param description what the function does and when to call it, read by the model
 * @param parametersSchema the JSON Schema of the arguments object, as JSON text
 */
public record ToolDefinition(String name, String description, String parametersSchema) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    /** Validates the name; a missing schema means a function without parameters. */
    public ToolDefinition {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "Tool name '" + name + "' must be 1-64 letters, digits, underscores or dashes");
        }
        description = description == null ? "" : description;
        parametersSchema = parametersSchema == null || parametersSchema.isBlank()
                ? "{\"type\":\"object\",\"properties\":{}}"
                : parametersSchema;
    }
}
