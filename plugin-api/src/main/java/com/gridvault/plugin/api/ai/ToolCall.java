package com.gridvault.plugin.api.ai;

import java.util.Objects;

/**
 * A model's request to call a tool (a function the application offered).
 *
 * @param id the provider-assigned id, echoed back in the {@link ChatMessage#tool tool message}
 * @param name the function name, one of the request's {@link ToolDefinition#name()}s
 * @param arguments the arguments as JSON text; the model may produce invalid JSON, so parse with care
 */
public record ToolCall(String id, String name, String arguments) {

    /** Rejects missing parts; null arguments become an empty JSON object. */
    public ToolCall {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        arguments = arguments == null || arguments.isBlank() ? "{}" : arguments;
    }
}
