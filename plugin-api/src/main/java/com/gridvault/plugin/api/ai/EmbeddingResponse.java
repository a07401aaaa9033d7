package com.gridvault.plugin.api.ai;

import java.util.List;
import java.util.Objects;

/**
 * The result of an embedding request.
 *
 * @param model the model that computed the vectors
 * @param embeddings one vector per input, in input order
 * @param usage the tokens consumed; embeddings have no completion tokens
 */
public record EmbeddingResponse(String model, List<Embedding> embeddings, TokenUsage usage) {

    /** Copies the list and rejects missing parts. */
    public EmbeddingResponse {
        model = model == null ? "" : model;
        embeddings = List.copyOf(embeddings);
        Objects.requireNonNull(usage, "usage");
    }
}
