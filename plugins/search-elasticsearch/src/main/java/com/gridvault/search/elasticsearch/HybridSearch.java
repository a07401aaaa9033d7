package com.gridvault.search.elasticsearch;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.gridvault.plugin.api.search.SearchHit;
import com.gridvault.plugin.api.search.SearchQuery;
import com.gridvault.search.support.ChunkFieldNames;
import com.gridvault.search.support.HighlightSnippets;
import com.gridvault.search.support.ReciprocalRankFusion;
import com.gridvault.search.support.ReciprocalRankFusion.Fused;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs the BM25 and kNN requests a search mode needs and turns their hits into {@link SearchHit}s. */
final class HybridSearch {

    /** Sends one search request and returns its hits, best first. */
    @FunctionalInterface
    interface Searcher {
        List<Hit<ObjectNode>> search(SearchRequest request) throws IOException;
    }

    private final Searcher searcher;
    private final String index;
    private final ElasticsearchSettings settings;

    HybridSearch(Searcher searcher, String index, ElasticsearchSettings settings) {
        this.searcher = searcher;
        this.index = index;
        this.settings = settings;
    }

    /**
     * Searches.
     *
     * @param query a valid query
     * @param hasVectors whether the index has a vector field; without one kNN finds nothing
     * @return at most {@code query.k()} hits, best first
     */
    List<SearchHit> run(SearchQuery query, boolean hasVectors) throws IOException {
        Query filter = SearchRequests.filter(query);
        int k = query.k();
        int depth = Math.max(k, settings.knnCandidates());
        // The first copy of each hit, keeping one with highlights when either request has them.
        Map<String, Hit<ObjectNode>> hits = new HashMap<>();
        List<Fused<String>> ranked =
                switch (query.mode()) {
                    case TEXT -> scored(ids(text(query, filter, k), hits), hits);
                    case SEMANTIC -> scored(ids(knn(query, filter, depth, k, hasVectors), hits), hits);
                    case HYBRID ->
                        ReciprocalRankFusion.fuse(
                                settings.rrfK(),
                                k,
                                List.of(
                                        ids(text(query, filter, depth), hits),
                                        ids(knn(query, filter, depth, depth, hasVectors), hits)));
                };
        List<SearchHit> result = new ArrayList<>(ranked.size());
        for (Fused<String> fused : ranked) {
            result.add(toSearchHit(hits.get(fused.id()), fused.score(), query.highlight()));
        }
        return result;
    }

    private List<Hit<ObjectNode>> text(SearchQuery query, Query filter, int size) throws IOException {
        return searcher.search(SearchRequests.text(index, query, filter, size));
    }

    private List<Hit<ObjectNode>> knn(SearchQuery query, Query filter, int depth, int size, boolean hasVectors)
            throws IOException {
        return hasVectors ? searcher.search(SearchRequests.knn(index, query, filter, depth, size)) : List.of();
    }

    private static List<String> ids(List<Hit<ObjectNode>> ranking, Map<String, Hit<ObjectNode>> hits) {
        List<String> ids = new ArrayList<>(ranking.size());
        for (Hit<ObjectNode> hit : ranking) {
            ids.add(hit.id());
            hits.merge(hit.id(), hit, (earlier, later) -> earlier.highlight().isEmpty() ? later : earlier);
        }
        return ids;
    }

    /** A single ranking keeps Elasticsearch's own scores: BM25, or {@code (1 + cos) / 2} for kNN. */
    private static List<Fused<String>> scored(List<String> ids, Map<String, Hit<ObjectNode>> hits) {
        return ids.stream().map(id -> new Fused<>(id, scoreOf(hits.get(id)))).toList();
    }

    private static double scoreOf(Hit<ObjectNode> hit) {
        return hit.score() == null ? 0 : hit.score();
    }

    private static SearchHit toSearchHit(Hit<ObjectNode> hit, double score, boolean highlight) {
        ObjectNode source = hit.source();
        String text = ChunkDocuments.text(source, ChunkFieldNames.TEXT);
        HighlightSnippets.Snippet snippet = highlight
                ? HighlightSnippets.of(hit.highlight().getOrDefault(ChunkFieldNames.TEXT, List.of()), text)
                : HighlightSnippets.lead(text);
        return new SearchHit(
                ChunkDocuments.text(source, ChunkFieldNames.CHUNK),
                ChunkDocuments.text(source, ChunkFieldNames.DOCUMENT),
                score,
                snippet.text(),
                snippet.spans(),
                ChunkDocuments.metadata(source));
    }
}
