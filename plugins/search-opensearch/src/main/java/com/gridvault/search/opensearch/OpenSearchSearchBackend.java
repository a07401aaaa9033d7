package com.gridvault.search.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.Map;
import org.pf4j.Extension;

/**
 * {@link SearchBackend} on an OpenSearch cluster: BM25 with the English analyzer, k-NN (Lucene HNSW,
 * cosine) with the filters applied inside the graph search, hybrid by reciprocal rank fusion computed
 * here. Every query, count and delete carries the tenant-and-workspace filter. Writes refresh the
 * index before returning, so they are visible to the next search. Thread-safe; connects on first use.
 */
@Extension
public final class OpenSearchSearchBackend implements SearchBackend, Configurable, AutoCloseable {

    private static final System.Logger LOG = System.getLogger(OpenSearchSearchBackend.class.getName());

    /** This backend's id. */
    public static final String ID = "opensearch";

    private final OpenSearchSettings settings;
    private final String index;
    private final Object writeLock = new Object();
    private volatile ClusterClient client;

    /** The vector dimension of the index: -1 unknown (not read yet), 0 none, else fixed. */
    private volatile int dimension = -1;

    /**
     * Creates the backend the host way, from the plugin configuration and secrets.
     *
     * @param context the plugin context
     * @throws IllegalArgumentException naming the configuration key of an invalid setting
     */
    public OpenSearchSearchBackend(PluginContext context) {
        this(OpenSearchSettings.from(context.config(), context.secrets()));
    }

    /**
     * Creates a backend with explicit settings, for tests and tools.
     *
     * @param settings the settings
     */
    public OpenSearchSearchBackend(OpenSearchSettings settings) {
        this.settings = settings;
        this.index = settings.indexName();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<ConfigOption> configOptions() {
        return OpenSearchSettings.OPTIONS;
    }

    @Override
    public void index(List<SearchChunk> chunks) {
        if (chunks == null) {
            throw new InvalidInputException("chunks", "is required");
        }
        synchronized (writeLock) {
            try {
                int current = dimension();
                int batchDimension = ChunkBatches.validate(chunks, current);
                if (chunks.isEmpty()) {
                    return;
                }
                if (current <= 0 && batchDimension > 0) {
                    addVectorField(batchDimension);
                }
                bulk(chunks);
            } catch (IOException e) {
                throw failure("index chunks", e);
            }
        }
    }

    @Override
    public long deleteDocument(String tenantId, String workspaceId, String documentId) {
        SearchArguments.checkDocument(tenantId, workspaceId, documentId);
        return deleteByQuery(SearchRequests.scope(tenantId, workspaceId, ChunkFieldNames.DOCUMENT, documentId));
    }

    @Override
    public long deleteWorkspace(String tenantId, String workspaceId) {
        SearchArguments.checkScope(tenantId, workspaceId);
        return deleteByQuery(SearchRequests.scope(tenantId, workspaceId));
    }

    @Override
    public List<SearchHit> search(SearchQuery query) {
        if (query == null) {
            throw new InvalidInputException("query", "is required");
        }
        List<FieldError> problems = query.problems();
        try {
            int current = problems.isEmpty() || query.vector() != null ? dimension() : 0;
            SearchArguments.checkQuery(query, problems, current);
            if (current < 0) {
                return List.of();
            }
            return new HybridSearch(this::search, settings).run(query, current > 0);
        } catch (IOException e) {
            throw failure("search", e);
        }
    }

    @Override
    public long count(String tenantId, String workspaceId) {
        SearchArguments.checkScope(tenantId, workspaceId);
        ObjectNode body = ClusterClient.object();
        body.set("query", SearchRequests.scope(tenantId, workspaceId));
        try {
            ClusterClient.Reply reply = client().send("POST", "/" + index + "/_count", Map.of(), body);
            if (reply.status() == 404) {
                return 0;
            }
            return expectOk(reply, "count chunks").path("count").asLong();
        } catch (IOException e) {
            throw failure("count chunks", e);
        }
    }

    @Override
    public void clear() {
        synchronized (writeLock) {
            try {
                ClusterClient.Reply reply = client().send("DELETE", "/" + index, Map.of(), null);
                if (reply.status() != 404) {
                    expectOk(reply, "clear the index");
                }
                dimension = -1;
            } catch (IOException e) {
                throw failure("clear the index", e);
            }
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

    /** Runs one search body against the index; a missing index has no hits. */
    private JsonNode search(ObjectNode body) throws IOException {
        ClusterClient.Reply reply = client().send("POST", "/" + index + "/_search", Map.of(), body);
        if (reply.status() == 404) {
            return ClusterClient.object();
        }
        return expectOk(reply, "search");
    }

    /**
     * Reads the index's vector dimension from its mapping, so that it survives restarts and is shared
     * by every appliance on the cluster.
     *
     * @return -1 when the index does not exist, 0 when it has no vectors yet, else the dimension
     */
    private int dimension() throws IOException {
        int known = dimension;
        if (known > 0) {
            return known;
        }
        ClusterClient.Reply reply = client().send("GET", "/" + index + "/_mapping", Map.of(), null);
        if (reply.status() == 404) {
            return -1;
        }
        JsonNode properties =
                expectOk(reply, "read the mapping").path(index).path("mappings").path("properties");
        if (!ChunkDocuments.searchesSectionTitles(properties)) {
            searchSectionTitles();
        }
        JsonNode vector = properties.path(ChunkFieldNames.VECTOR);
        int read = vector.path("dimension").asInt(0);
        dimension = read;
        return read;
    }

    /**
     * Gives an index created before section titles were searched their words sub-field, then has the
     * cluster re-index its documents in place in the background (an update by query re-reads each
     * stored source), so that older chunks match by title too; until that task ends, or on a cluster
     * without the reindex module until they are indexed again, they match by their text alone.
     */
    private void searchSectionTitles() throws IOException {
        expectOk(
                client().send("PUT", "/" + index + "/_mapping", Map.of(), ChunkDocuments.sectionTitleMapping()),
                "add the section title's words");
        ClusterClient.Reply reindex = client().send(
                        "POST",
                        "/" + index + "/_update_by_query",
                        Map.of("conflicts", "proceed", "refresh", "true", "wait_for_completion", "false"),
                        null);
        if (!reindex.ok()) {
            // A cluster without the reindex module: chunks gain their titles when re-indexed (ReindexJob).
            LOG.log(
                    System.Logger.Level.WARNING,
                    "Index " + index + " searches section titles of chunks indexed "
                            + "from now on; re-index the older ones (update by query failed: " + reindex.body() + ")");
        }
    }

    private void addVectorField(int newDimension) throws IOException {
        createIndexIfMissing();
        ClusterClient.Reply reply =
                client().send("PUT", "/" + index + "/_mapping", Map.of(), ChunkDocuments.vectorMapping(newDimension));
        if (reply.status() == 400) {
            // Another appliance fixed a different dimension first.
            dimension = -1;
            throw new InvalidInputException(
                    "chunks[0].vector", "must have " + dimension() + " dimensions like the index, had " + newDimension);
        }
        expectOk(reply, "add the vector field");
        dimension = newDimension;
    }

    /** Creates the index with its mapping; another appliance creating it first is fine. */
    private void createIndexIfMissing() throws IOException {
        if (dimension() >= 0) {
            return;
        }
        ClusterClient.Reply created =
                client().send("PUT", "/" + index, Map.of(), ChunkDocuments.createIndexBody(settings));
        if (!created.ok() && !created.body().toString().contains("resource_already_exists_exception")) {
            expectOk(created, "create the index");
        }
    }

    private void bulk(List<SearchChunk> chunks) throws IOException {
        createIndexIfMissing();
        StringBuilder ndjson = new StringBuilder();
        for (SearchChunk chunk : chunks) {
            ObjectNode action = ClusterClient.object();
            action.putObject("index")
                    .put("_index", index)
                    .put("_id", ChunkKeys.documentId(chunk.tenantId(), chunk.workspaceId(), chunk.chunkId()));
            ndjson.append(ClusterClient.JSON.writeValueAsString(action)).append('\n');
            ndjson.append(ClusterClient.JSON.writeValueAsString(ChunkDocuments.source(chunk)))
                    .append('\n');
        }
        JsonNode reply =
                expectOk(client().sendNdjson("/_bulk", Map.of("refresh", "true"), ndjson.toString()), "index chunks");
        if (reply.path("errors").asBoolean(false)) {
            for (JsonNode item : reply.path("items")) {
                JsonNode error = item.path("index").path("error");
                if (!error.isMissingNode()) {
                    throw new SearchBackendException(
                            "OpenSearch index " + index + " refused a chunk: "
                                    + error.path("reason").asText(),
                            null);
                }
            }
        }
    }

    private long deleteByQuery(ObjectNode query) {
        ObjectNode body = ClusterClient.object();
        body.set("query", query);
        try {
            ClusterClient.Reply reply = client().send(
                            "POST",
                            "/" + index + "/_delete_by_query",
                            Map.of("refresh", "true", "conflicts", "proceed"),
                            body);
            if (reply.status() == 404) {
                return 0;
            }
            return expectOk(reply, "delete chunks").path("deleted").asLong();
        } catch (IOException e) {
            throw failure("delete chunks", e);
        }
    }

    private ClusterClient client() {
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
        return current;
    }

    private JsonNode expectOk(ClusterClient.Reply reply, String action) {
        if (!reply.ok()) {
            JsonNode error = reply.body().path("error");
            String reason = error.isObject() ? error.path("reason").asText() : error.asText();
            throw new SearchBackendException(
                    "OpenSearch index " + index + " could not " + action + ": HTTP " + reply.status() + " " + reason,
                    null);
        }
        return reply.body();
    }

    private SearchBackendException failure(String action, Exception e) {
        return new SearchBackendException(
                "OpenSearch index " + index + " at " + settings.serverUrls() + " could not " + action + ": "
                        + e.getMessage(),
                e);
    }
}
