/**
 * The OpenSearch search backend plugin: a {@link com.gridvault.plugin.api.search.SearchBackend} on an
 * OpenSearch 2.x cluster with the k-NN plugin, for appliances whose index outgrows one machine.
 *
 * <p>One index ({@code <prefix>chunks}) holds every tenant's chunks; keyword fields carry tenant,
 * workspace, document and filter values, {@code text} uses the English analyzer, and {@code vector}
 * is a Lucene-engine HNSW {@code knn_vector} (cosine) whose dimension is fixed by the first vector
 * indexed. Every request filters on tenant and workspace; hybrid search fuses a BM25 and a kNN
 * ranking by reciprocal rank fusion here in the client, with the same constant and scores as the
 * embedded Lucene backend.
 */
package com.gridvault.search.opensearch;
