package com.gridvault.server.search;

import com.gridvault.plugin.api.embedding.EmbeddingProvider;
import com.gridvault.plugin.api.embedding.EmbeddingPurpose;
import com.gridvault.plugin.api.search.SearchBackend;
import com.gridvault.plugin.api.search.SearchFilters;
import com.gridvault.plugin.api.search.SearchHit;
import com.gridvault.plugin.api.search.SearchMode;
import com.gridvault.plugin.api.search.SearchQuery;
import com.gridvault.server.errors.ApiException;
import com.gridvault.server.errors.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Runs searches in one workspace: embeds the query when the mode needs it, asks the configured
 * backend, and shapes hits for citation. Always scoped to one organization and workspace: the
 * backend filters on both.
 */
@ApplicationScoped
public class SearchService {

    /** The default number of hits. */
    public static final int DEFAULT_K = 10;

    @Inject
    SearchExtensions extensions;

    /** Searches a workspace the caller may read (checked by the caller). */
    public SearchResult search(String orgId, String workspaceId, SearchRequest request) {
        long began = System.nanoTime();
        SearchBackend backend = extensions
                .backend()
                .orElseThrow(() -> new ApiException(
                        ProblemType.UNAVAILABLE,
                        "Search is unavailable: the search backend '" + extensions.backendId()
                                + "' is not installed or not enabled (see GET /api/v1/admin/plugins)"));
        Optional<EmbeddingProvider> embeddings = extensions.embeddings();
        SearchMode mode = mode(request.mode(), embeddings.isPresent());
        float[] vector = null;
        if (mode != SearchMode.TEXT) {
            vector = embeddings
                    .orElseThrow(() -> new ApiException(
                            ProblemType.UNAVAILABLE,
                            "Semantic and hybrid search need an embedding model, and none is installed;"
                                    + " use mode 'text' or install the embeddings-onnx plugin"))
                    .embed(List.of(request.query()), EmbeddingPurpose.QUERY)
                    .get(0);
        }
        SearchQuery query = SearchQuery.builder(orgId, workspaceId)
                .text(request.query())
                .vector(vector)
                .mode(mode)
                .k(request.k() == null ? DEFAULT_K : request.k())
                .filters(filters(request.filters()))
                .highlight(request.highlight() == null || request.highlight())
                .build();
        List<SearchResult.Hit> hits =
                backend.search(query).stream().map(SearchService::hit).toList();
        return new SearchResult(
                mode.name().toLowerCase(Locale.ROOT), backend.id(), (System.nanoTime() - began) / 1_000_000, hits);
    }

    private static SearchMode mode(String requested, boolean canEmbed) {
        if (requested == null || requested.isBlank()) {
            return canEmbed ? SearchMode.HYBRID : SearchMode.TEXT;
        }
        return switch (requested.strip().toLowerCase(Locale.ROOT)) {
            case "text" -> SearchMode.TEXT;
            case "semantic" -> SearchMode.SEMANTIC;
            default -> SearchMode.HYBRID;
        };
    }

    private static SearchFilters filters(SearchRequest.Filters f) {
        if (f == null) {
            return SearchFilters.NONE;
        }
        return new SearchFilters(
                set(f.documentIds()),
                set(f.documentTypes()),
                set(f.formTypes()),
                set(f.companies()),
                set(f.sectionIds()),
                f.dateFrom(),
                f.dateTo());
    }

    private static java.util.Set<String> set(List<String> values) {
        return values == null ? null : java.util.Set.copyOf(values);
    }

    private static SearchResult.Hit hit(SearchHit h) {
        var m = h.metadata();
        return new SearchResult.Hit(
                h.chunkId(),
                h.documentId(),
                m.documentTitle(),
                h.score(),
                h.snippet(),
                h.highlights().stream().map(s -> new int[] {s.start(), s.end()}).toList(),
                m.page(),
                m.sectionId(),
                m.sectionTitle(),
                m.tableId(),
                m.startOffset(),
                m.endOffset(),
                m.formType(),
                m.company());
    }
}
