package com.gridvault.plugin.api.search;

import java.util.List;
import org.pf4j.ExtensionPoint;

/**
 * A search index over document chunks: BM25, vector kNN and hybrid retrieval, always scoped to one
 * tenant's workspace. See the {@linkplain com.gridvault.plugin.api.search package description} for
 * the isolation guarantee and the error contract.
 *
 * <p>Implementations are thread-safe. Every write is visible to searches that start after the write
 * method returned. The index is a projection of the chunks the appliance stores: after {@link
 * #clear()} (or when it is lost) the appliance rebuilds it by indexing the stored chunks and vectors
 * again.
 */
public interface SearchBackend extends ExtensionPoint {

    /**
     * Returns the backend's stable id, e.g. {@code lucene} or {@code elasticsearch}; lower-case words
     * joined by dots or dashes.
     *
     * @return the id
     */
    String id();

    /**
     * Indexes chunks, replacing any chunk with the same tenant, workspace and chunk id. The batch is
     * checked as a whole first; when any chunk is invalid nothing is written.
     *
     * <p>The vector dimension is fixed by the first vector the index ever receives (until {@link
     * #clear()}); chunks may come without vectors.
     *
     * @param chunks the chunks, possibly of several workspaces
     * @throws com.gridvault.plugin.api.validation.InvalidInputException naming {@code chunks[i].field}
     *     for every invalid chunk, including {@code chunks[i].vector} on a dimension mismatch
     * @throws SearchBackendException when the index cannot be written
     */
    void index(List<SearchChunk> chunks);

    /**
     * Deletes every chunk of one document in one workspace; other workspaces keep theirs.
     *
     * @param tenantId the tenant
     * @param workspaceId the workspace
     * @param documentId the document
     * @return the number of chunks deleted
     * @throws com.gridvault.plugin.api.validation.InvalidInputException when an id is blank
     */
    long deleteDocument(String tenantId, String workspaceId, String documentId);

    /**
     * Deletes every chunk of one workspace.
     *
     * @param tenantId the tenant
     * @param workspaceId the workspace
     * @return the number of chunks deleted
     * @throws com.gridvault.plugin.api.validation.InvalidInputException when an id is blank
     */
    long deleteWorkspace(String tenantId, String workspaceId);

    /**
     * Finds the best chunks of the query's workspace, best first.
     *
     * @param query the query
     * @return at most {@code query.k()} hits; empty when nothing matches
     * @throws com.gridvault.plugin.api.validation.InvalidInputException listing every problem of the
     *     query (see {@link SearchQuery#problems()}), plus {@code vector} when its dimension differs
     *     from the indexed vectors'
     * @throws SearchBackendException when the index cannot be read
     */
    List<SearchHit> search(SearchQuery query);

    /**
     * Counts the chunks of one workspace.
     *
     * @param tenantId the tenant
     * @param workspaceId the workspace
     * @return the number of chunks
     * @throws com.gridvault.plugin.api.validation.InvalidInputException when an id is blank
     */
    long count(String tenantId, String workspaceId);

    /**
     * Deletes everything, of every tenant, and forgets the vector dimension, so that the index can be
     * rebuilt from the stored chunks, for example after a change of embedding model.
     *
     * @throws SearchBackendException when the index cannot be written
     */
    void clear();
}
