/**
 * The {@link com.gridvault.plugin.api.embedding.EmbeddingProvider} extension point: turning text
 * into dense vectors for semantic search and retrieval-augmented generation.
 *
 * <p>A provider describes its model with an {@link com.gridvault.plugin.api.embedding.EmbeddingModelInfo}
 * and embeds a batch of texts for an {@link com.gridvault.plugin.api.embedding.EmbeddingPurpose}.
 * Vectors from different models are not comparable: callers store the model id beside every vector
 * and re-embed when it changes.
 */
package com.gridvault.plugin.api.embedding;
