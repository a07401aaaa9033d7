package com.gridvault.plugin.api.embedding;

/**
 * What a text is embedded for. Asymmetric retrieval models (BGE, E5, ...) encode a short search
 * query differently from the passages it should find; symmetric models may treat both alike.
 */
public enum EmbeddingPurpose {
    /** A search query or question, compared against stored {@link #DOCUMENT} vectors. */
    QUERY,
    /** A passage or chunk of a document, stored in an index. */
    DOCUMENT
}
