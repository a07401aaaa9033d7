/**
 * The Elasticsearch search backend plugin: a {@link com.gridvault.plugin.api.search.SearchBackend} on
 * an Elasticsearch 8.x cluster, for appliances whose index outgrows one machine.
 *
 * <p>One index ({@code <prefix>chunks}) holds every tenant's chunks: keyword fields for tenant,
 * workspace, document and the filter values, {@code text} with the English analyzer (BM25), a
 * {@code date}, and {@code vector}, an indexed {@code dense_vector} (cosine, HNSW) whose dimension is
 * fixed by the first vector indexed. Every request filters on tenant and workspace. Hybrid search
 * fuses a BM25 and a kNN ranking by reciprocal rank fusion in this plugin, with the same constant and
 * scores as the embedded Lucene backend (the server-side RRF retriever needs a paid licence).
 */
package com.gridvault.search.elasticsearch;
