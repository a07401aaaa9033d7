package com.gridvault.plugin.api.ai;

import com.gridvault.plugin.api.validation.FieldErrors;
import java.util.List;

/**
 * Texts to embed.
 *
 * @param model the embedding model, or null for the endpoint's configured default
 * @param inputs the texts; not empty
 */
public record EmbeddingRequest(String model, List<String> inputs) {

    /**
     * Validates the request.
     *
     * @throws com.gridvault.plugin.api.validation.InvalidInputException when there is no input
     */
    public EmbeddingRequest {
        inputs = inputs == null ? List.of() : List.copyOf(inputs);
        FieldErrors.create().notEmpty("inputs", inputs).throwIfAny();
    }

    /**
     * Creates a request for the endpoint's default embedding model.
     *
     * @param inputs the texts
     * @return the request
     */
    public static EmbeddingRequest of(List<String> inputs) {
        return new EmbeddingRequest(null, inputs);
    }
}
