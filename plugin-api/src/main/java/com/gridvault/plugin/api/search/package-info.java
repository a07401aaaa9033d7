/**
 * The search extension point: full-text (BM25), semantic (vector kNN) and hybrid retrieval over the
 * chunks of ingested documents.
 *
 * <p>A backend plugin contributes a {@link com.gridvault.plugin.api.search.SearchBackend}. The
 * appliance keeps the chunks and their vectors in its own store and treats a backend's index as a
 * rebuildable projection of them: it {@linkplain com.gridvault.plugin.api.search.SearchBackend#index
 * indexes} {@link com.gridvault.plugin.api.search.SearchChunk}s, asks {@link
 * com.gridvault.plugin.api.search.SearchQuery}s and receives {@link
 * com.gridvault.plugin.api.search.SearchHit}s that carry enough {@link
 * com.gridvault.plugin.api.search.ChunkMetadata} to cite their source.
 *
 * <p><b>Tenant isolation is absolute.</b> Every chunk belongs to one tenant and one workspace, every
 * query names both, and a backend never returns, counts or deletes a chunk of another workspace, even
 * when texts, document ids or chunk ids are identical. The contract test suite in the plugin test kit
 * ({@code com.gridvault.plugin.testkit.search.SearchBackendContract}) checks this and the rest of the
 * behaviour described here for any backend.
 *
 * <p>Invalid input is reported as {@link com.gridvault.plugin.api.validation.InvalidInputException}
 * with field paths such as {@code k}, {@code vector} or {@code chunks[3].chunkId}; failures of the
 * backend itself (disk, network) as {@link com.gridvault.plugin.api.search.SearchBackendException}.
 */
package com.gridvault.plugin.api.search;
