package com.gridvault.search.lucene;

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
import com.gridvault.search.support.SearchArguments;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.AlreadyClosedException;
import org.pf4j.Extension;

/**
 * {@link SearchBackend} on an embedded Lucene index in the plugin's data directory: BM25 with an
 * English analyzer, HNSW cosine kNN, hybrid by reciprocal rank fusion, filters inside both. Every
 * query and delete carries the tenant-and-workspace scope term, so isolation does not depend on the
 * caller's filters. Thread-safe; the index is opened on first use.
 */
@Extension
public final class LuceneSearchBackend implements SearchBackend, Configurable, AutoCloseable {

    /** This backend's id. */
    public static final String ID = "lucene";

    private final Path folder;
    private final LuceneSettings settings;
    private volatile LuceneIndex index;

    /**
     * Creates the backend the host way: settings from the plugin configuration, index under the
     * plugin's data directory.
     *
     * @param context the plugin context
     * @throws IllegalArgumentException naming the configuration key of an invalid setting
     */
    public LuceneSearchBackend(PluginContext context) {
        this(LuceneSettings.from(context.config()), context.dataDirectory());
    }

    /**
     * Creates a backend over an explicit folder, for tests and tools.
     *
     * @param settings the settings
     * @param dataDirectory the folder that holds {@link LuceneSettings#indexFolder()}
     */
    public LuceneSearchBackend(LuceneSettings settings, Path dataDirectory) {
        this.settings = settings;
        this.folder = dataDirectory.resolve(settings.indexFolder());
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<ConfigOption> configOptions() {
        return LuceneSettings.OPTIONS;
    }

    @Override
    public void index(List<SearchChunk> chunks) {
        try {
            index().index(chunks);
        } catch (IOException | AlreadyClosedException e) {
            throw failure("index chunks", e);
        }
    }

    @Override
    public long deleteDocument(String tenantId, String workspaceId, String documentId) {
        SearchArguments.checkDocument(tenantId, workspaceId, documentId);
        Query query = new BooleanQuery.Builder()
                .add(new TermQuery(ChunkFields.scopeTerm(tenantId, workspaceId)), Occur.FILTER)
                .add(new TermQuery(new Term(ChunkFields.DOCUMENT, documentId)), Occur.FILTER)
                .build();
        try {
            return index().delete(query);
        } catch (IOException | AlreadyClosedException e) {
            throw failure("delete a document", e);
        }
    }

    @Override
    public long deleteWorkspace(String tenantId, String workspaceId) {
        try {
            return index().delete(scope(tenantId, workspaceId));
        } catch (IOException | AlreadyClosedException e) {
            throw failure("delete a workspace", e);
        }
    }

    @Override
    public List<SearchHit> search(SearchQuery query) {
        if (query == null) {
            throw new InvalidInputException("query", "is required");
        }
        LuceneIndex current = index();
        List<FieldError> problems = query.problems();
        int dimension = current.dimension();
        SearchArguments.checkQuery(query, problems, dimension);
        try {
            return current.search(query);
        } catch (IOException | AlreadyClosedException e) {
            throw failure("search", e);
        }
    }

    @Override
    public long count(String tenantId, String workspaceId) {
        try {
            return index().count(scope(tenantId, workspaceId));
        } catch (IOException | AlreadyClosedException e) {
            throw failure("count chunks", e);
        }
    }

    @Override
    public void clear() {
        try {
            index().clear();
        } catch (IOException | AlreadyClosedException e) {
            throw failure("clear the index", e);
        }
    }

    /**
     * Compacts the index now and waits for it: what the backend does by itself once writes have been
     * idle for {@code compact-idle-seconds}. For tools and benchmarks; the host never needs it.
     *
     * @return the number of index segments afterwards
     * @throws SearchBackendException when the index cannot be written
     */
    public int compact() {
        try {
            return index().compact();
        } catch (IOException | AlreadyClosedException e) {
            throw failure("compact", e);
        }
    }

    /** Commits and closes the index; a later call opens it again. */
    @Override
    public void close() throws IOException {
        LuceneIndex current = index;
        index = null;
        if (current != null) {
            OpenIndexes.close(current);
        }
    }

    private LuceneIndex index() {
        LuceneIndex current = index;
        if (current == null || !current.isOpen()) {
            synchronized (this) {
                current = index;
                if (current == null || !current.isOpen()) {
                    try {
                        current = OpenIndexes.open(folder, settings);
                    } catch (IOException | AlreadyClosedException e) {
                        throw failure("open the index", e);
                    }
                    index = current;
                }
            }
        }
        return current;
    }

    private static Query scope(String tenantId, String workspaceId) {
        SearchArguments.checkScope(tenantId, workspaceId);
        return new TermQuery(ChunkFields.scopeTerm(tenantId, workspaceId));
    }

    private SearchBackendException failure(String action, Exception e) {
        return new SearchBackendException("Lucene index " + folder + " could not " + action + ": " + e.getMessage(), e);
    }
}
