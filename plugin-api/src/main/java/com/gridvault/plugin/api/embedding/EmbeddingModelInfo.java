package com.gridvault.plugin.api.embedding;

import java.util.Objects;

/**
 * Describes the model behind an {@link EmbeddingProvider}.
 *
 * @param id a stable identifier of the model and its weights, e.g. {@code bge-small-en-v1.5-q};
 *     stored with every vector, so it changes whenever the vectors would
 * @param dimensions the length of every vector the provider returns
 * @param maxInputTokens the number of tokens the model reads per text; longer texts are truncated
 * @param normalized true when every vector has unit L2 length, so that the dot product equals the
 *     cosine similarity
 */
public record EmbeddingModelInfo(String id, int dimensions, int maxInputTokens, boolean normalized) {

    /** Validates the description; a malformed one is a bug in the plugin. */
    public EmbeddingModelInfo {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("Embedding model id must not be blank");
        }
        if (dimensions < 1) {
            throw new IllegalArgumentException("Embedding dimensions must be positive, was " + dimensions);
        }
        if (maxInputTokens < 1) {
            throw new IllegalArgumentException("Embedding maxInputTokens must be positive, was " + maxInputTokens);
        }
    }
}
