package com.gridvault.search.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.gridvault.plugin.api.PluginContext;
import com.gridvault.plugin.api.config.ConfigOption;
import com.gridvault.plugin.api.config.Configurable;
import com.gridvault.plugin.api.search.SearchBackend;
import com.gridvault.plugin.api.search.SearchBackendException;
import com.gridvault.plugin.api.search.SearchChunk;
import com.gridvault.plugin.api.search.SearchHit;
import com.gridvault.plugin.api.search.SearchQuery;
import com.gridvault.plugin.api.validation.FieldError;
import com.gridvault.plugin.api.validation.InvalidInputException;
import com.gridvault.search.support.ChunkBatches;
import com.gridvault.search.support.ChunkFieldNames;
import com.gridvault.search.support.ChunkKeys;
import com.gridvault.search.support.SearchArguments;
import java.io.IOException;
import java.util.List;
import org.pf4j.Extension;

/**
 * {@link SearchBackend} on an Elasticsearch 8.x cluster: BM25 with the English analyzer, approximate
 * kNN on an indexed {@code dense_vector} (HNSW, cosine) with the filters applied inside the graph
 * search, and hybrid search by reciprocal rank fusion computed here. Every search, count and delete
 * carries the tenant-and-workspace filter. Writes refresh the index before returning, so they are
 * visible to the next search. Thread-safe; connects on first use.
 */
@Extension
public final class ElasticsearchSearchBackend implements SearchBackend, Configurable, AutoCloseable {

    /** This backend's id. */
    public static final String ID = "elasticsearch";

    /** Chunks deleted per round trip by {@link #deleteMatching}. */
    private static final int DELETE_PAGE = 1_000;

    private final ElasticsearchSettings settings;
    private final String index;
    private final ChunkIndex chunkIndex;
    private final ClusterCalls calls;
    private final Object writeLock = new Object();
    private volatile ClusterClient client;

    /**
     * Creates the backend the host way, from the plugin configuration and secrets.
     *
     * @param context the plugin context
     * @throws IllegalArgumentException naming the configuration key of an invalid setting
     */
    public ElasticsearchSearchBackend(PluginContext context) {
        this(ElasticsearchSettings.from(context.config(), context.secrets()));
    }

    /**
     * Creates a backend with explicit settings, for tests and tools.
     *
     * @param settings the settings
     */
    public ElasticsearchSearchBackend(ElasticsearchSettings settings) {
        this.settings = settings;
        this.index = settings.indexName();
        this.chunkIndex = new ChunkIndex(this::api, settings);
        this.calls = new ClusterCalls(settings);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<ConfigOption> configOptions() {
        return ElasticsearchSettings.OPTIONS;
    }

    @Override
    public void index(List<SearchChunk> chunks) {
        if (chunks == null) {
            throw new InvalidInputException("chunks", "is required");
        }
        synchronized (writeLock) {
            call("index chunks", () -> {
                // Read afresh: another appliance may have cleared the index, and a bulk request into a
                // missing index would auto-create it with a guessed mapping.
                int current = chunkIndex.readDimension();
                int batchDimension = ChunkBatches.validate(chunks, current);
                if (chunks.isEmpty()) {
                    return null;
                }
                chunkIndex.createIfMissing();
                if (current <= 0 && batchDimension > 0) {
                    chunkIndex.addVectorField(batchDimension);
                }
                bulkIndex(chunks);
                return null;
            });
        }
    }

    @Override
    public long deleteDocument(String tenantId, String workspaceId, String documentId) {
        SearchArguments.checkDocument(tenantId, workspaceId, documentId);
        return deleteMatching(SearchRequests.scope(tenantId, workspaceId, ChunkFieldNames.DOCUMENT, documentId));
    }

    @Override
    public long deleteWorkspace(String tenantId, String workspaceId) {
        SearchArguments.checkScope(tenantId, workspaceId);
        return deleteMatching(SearchRequests.scope(tenantId, workspaceId));
    }

    @Override
    public List<SearchHit> search(SearchQuery query) {
        if (query == null) {
            throw new InvalidInputException("query", "is required");
        }
        List<FieldError> problems = query.problems();
        return call("search", () -> {
            int current = problems.isEmpty() || query.vector() != null ? chunkIndex.dimension() : 0;
            SearchArguments.checkQuery(query, problems, current);
            if (current == ChunkIndex.MISSING) {
                return List.of();
            }
            return new HybridSearch(this::hits, index, settings).run(query, current > 0);
        });
    }

    @Override
    public long count(String tenantId, String workspaceId) {
        SearchArguments.checkScope(tenantId, workspaceId);
        return call("count chunks", () -> api().count(
                        c -> c.index(index).ignoreUnavailable(true).query(SearchRequests.scope(tenantId, workspaceId)))
                .count());
    }

    @Override
    public void clear() {
        synchronized (writeLock) {
            call("clear the index", () -> {
                chunkIndex.delete();
                return null;
            });
        }
    }

    /** Closes the connection pool; a later call opens another. The index stays in the cluster. */
    @Override
    public void close() {
        ClusterClient current = client;
        client = null;
        if (current != null) {
            current.close();
        }
    }

    private List<Hit<ObjectNode>> hits(SearchRequest request) throws IOException {
        return api().search(request, ObjectNode.class).hits().hits();
    }

    private void bulkIndex(List<SearchChunk> chunks) throws IOException {
        BulkRequest.Builder bulk = new BulkRequest.Builder().index(index).refresh(Refresh.True);
        for (SearchChunk chunk : chunks) {
            String id = ChunkKeys.documentId(chunk.tenantId(), chunk.workspaceId(), chunk.chunkId());
            ObjectNode source = ChunkDocuments.source(chunk);
            bulk.operations(op -> op.index(i -> i.id(id).document(source)));
        }
        checkItems(api().bulk(bulk.build()), "refused a chunk");
    }

    /**
     * Deletes the chunks a query matches, a page at a time: find their ids, delete them in one bulk
     * request that refreshes, repeat until nothing matches. Uses only core APIs; {@code
     * _delete_by_query} lives in the optional reindex module.
     */
    private long deleteMatching(Query query) {
        return call("delete chunks", () -> {
            long deleted = 0;
            while (true) {
                List<Hit<ObjectNode>> page = api().search(
                                s -> s.index(index)
                                        .ignoreUnavailable(true)
                                        .size(DELETE_PAGE)
                                        .trackTotalHits(t -> t.enabled(false))
                                        .source(src -> src.fetch(false))
                                        .query(query),
                                ObjectNode.class)
                        .hits()
                        .hits();
                if (page.isEmpty()) {
                    return deleted;
                }
                BulkRequest.Builder bulk =
                        new BulkRequest.Builder().index(index).refresh(Refresh.True);
                for (Hit<ObjectNode> hit : page) {
                    bulk.operations(op -> op.delete(d -> d.id(hit.id())));
                }
                BulkResponse response = api().bulk(bulk.build());
                checkItems(response, "refused a delete");
                deleted += response.items().stream()
                        .filter(item -> item.status() == 200)
                        .count();
            }
        });
    }

    private void checkItems(BulkResponse response, String what) {
        if (response.errors()) {
            for (BulkResponseItem item : response.items()) {
                if (item.error() != null) {
                    throw new SearchBackendException(
                            "Elasticsearch index " + index + " " + what + ": "
                                    + item.error().reason(),
                            null);
                }
            }
        }
    }

    private ElasticsearchClient api() {
        ClusterClient current = client;
        if (current == null) {
            synchronized (this) {
                current = client;
                if (current == null) {
                    current = new ClusterClient(settings);
                    client = current;
                }
            }
        }
        return current.api();
    }

    private <T> T call(String action, ClusterCalls.Call<T> body) {
        return calls.run(action, body);
    }
}
