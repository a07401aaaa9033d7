package com.gridvault.plugin.api.embedding;

import java.util.List;
import org.pf4j.ExtensionPoint;

/**
 * Turns texts into dense float vectors whose cosine similarity reflects their meaning.
 *
 * <p>Implementations are thread-safe and run locally or call a service; either way the caller sees
 * the same contract. Texts longer than {@link EmbeddingModelInfo#maxInputTokens()} tokens are
 * truncated, not rejected: callers that need the whole text split it into chunks first.
 *
 * <p>By default a provider returns the same vector for the same text and purpose whatever other
 * texts share the call, so vectors can be cached, compared across re-indexing runs and audited. A
 * provider that trades this for throughput (batched inference of a dynamically quantized model,
 * say) does so only when the operator configures it and documents the deviation.
 */
public interface EmbeddingProvider extends ExtensionPoint {

    /** The most texts one {@link #embed} call accepts; split larger batches. */
    int MAX_TEXTS_PER_CALL = 256;

    /** The most characters one text may have; a chunk this size is far beyond any model's window. */
    int MAX_TEXT_LENGTH = 100_000;

    /**
     * Describes the model.
     *
     * @return the model description, the same on every call
     */
    EmbeddingModelInfo model();

    /**
     * Embeds texts.
     *
     * <p>For {@link EmbeddingPurpose#QUERY} the provider applies whatever the model needs for queries
     * (for BGE models an instruction prefix); for {@link EmbeddingPurpose#DOCUMENT} it embeds the
     * text as is. Callers pass the raw text in both cases.
     *
     * @param texts one to {@value #MAX_TEXTS_PER_CALL} texts, none null or blank, none longer than
     *     {@value #MAX_TEXT_LENGTH} characters
     * @param purpose what the texts are embedded for
     * @return one new vector of {@link EmbeddingModelInfo#dimensions()} floats per text, in input order
     * @throws com.gridvault.plugin.api.validation.InvalidInputException naming every bad text (paths
     *     {@code texts} and {@code texts[i]}) or a missing {@code purpose}
     */
    List<float[]> embed(List<String> texts, EmbeddingPurpose purpose);
}
