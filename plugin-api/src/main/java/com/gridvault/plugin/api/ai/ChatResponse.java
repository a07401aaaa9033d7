package com.gridvault.plugin.api.ai;

import java.util.Objects;

/**
 * A complete answer.
 *
 * @param model the model that answered, as reported by the provider (may differ from the requested
 *     alias, e.g. a dated version)
 * @param message the assistant message: text and any tool calls
 * @param finishReason why the model stopped
 * @param usage the tokens consumed, {@link TokenUsage#UNKNOWN} when the provider did not say
 */
public record ChatResponse(String model, ChatMessage message, FinishReason finishReason, TokenUsage usage) {

    /** Rejects missing parts and non-assistant messages. */
    public ChatResponse {
        model = model == null ? "" : model;
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(finishReason, "finishReason");
        Objects.requireNonNull(usage, "usage");
        if (message.role() != ChatRole.ASSISTANT) {
            throw new IllegalArgumentException("An answer is an assistant message, was " + message.role());
        }
    }

    /**
     * Returns the answer's text.
     *
     * @return the text, possibly empty
     */
    public String content() {
        return message.content();
    }
}
