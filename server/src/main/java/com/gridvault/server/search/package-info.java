/**
 * Search over a workspace's documents: text (BM25), semantic (vector) and hybrid queries through the
 * configured {@link com.gridvault.plugin.api.search.SearchBackend} extension, with query embeddings
 * from the configured {@link com.gridvault.plugin.api.embedding.EmbeddingProvider}, and the re-index
 * job that rebuilds a backend from the stored chunks and vectors.
 */
package com.gridvault.server.search;
