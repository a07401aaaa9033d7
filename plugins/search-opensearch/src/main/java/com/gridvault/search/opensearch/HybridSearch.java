package com.gridvault.search.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
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

/** Runs the BM25 and kNN requests a mode needs and turns their hits into {@link SearchHit}s. */
final class HybridSearch {

    /** Sends one search body and returns the response. */
    @FunctionalInterface
    interface Searcher {
        JsonNode search(ObjectNode body) throws IOException;
    }

    private final Searcher searcher;
    private final OpenSearchSettings settings;

    HybridSearch(Searcher searcher, OpenSearchSettings settings) {
        this.searcher = searcher;
        this.settings = settings;
    }

    List<SearchHit> run(SearchQuery query, boolean hasVectors) throws IOException {
        ObjectNode filter = SearchRequests.filter(query);
        int depth = Math.max(query.k(), settings.knnCandidates());
        Map<String, JsonNode> byId = new HashMap<>();
        List<Fused<String>> ranked =
                switch (query.mode()) {
                    case TEXT -> asIs(text(query, filter, query.k(), byId), query.k(), byId);
                    case SEMANTIC -> asIs(knn(query, filter, depth, query.k(), hasVectors, byId), query.k(), byId);
                    case HYBRID ->
                        ReciprocalRankFusion.fuse(
                                settings.rrfK(),
                                query.k(),
                                List.of(
                                        text(query, filter, depth, byId),
                                        knn(query, filter, depth, depth, hasVectors, byId)));
                };
        List<SearchHit> hits = new ArrayList<>(ranked.size());
        for (Fused<String> f : ranked) {
            hits.add(hit(byId.get(f.id()), f.score(), query.highlight()));
        }
        return hits;
    }

    private List<String> text(SearchQuery query, ObjectNode filter, int size, Map<String, JsonNode> byId)
            throws IOException {
        return collect(searcher.search(SearchRequests.text(query, filter, size)), byId);
    }

    private List<String> knn(
            SearchQuery query, ObjectNode filter, int depth, int size, boolean hasVectors, Map<String, JsonNode> byId)
            throws IOException {
        if (!hasVectors) {
            return List.of();
        }
        return collect(searcher.search(SearchRequests.knn(query, filter, depth, size)), byId);
    }

    /** The ids of the hits, best first; the first copy of each hit is kept for its highlights. */
    private static List<String> collect(JsonNode response, Map<String, JsonNode> byId) {
        List<String> ids = new ArrayList<>();
        for (JsonNode hit : response.path("hits").path("hits")) {
            String id = hit.path("_id").asText();
            ids.add(id);
            JsonNode earlier = byId.get(id);
            if (earlier == null || earlier.path("highlight").isMissingNode()) {
                byId.put(id, hit);
            }
        }
        return ids;
    }

    private static List<Fused<String>> asIs(List<String> ids, int k, Map<String, JsonNode> byId) {
        return ids.stream()
                .limit(k)
                .map(id -> new Fused<>(id, byId.get(id).path("_score").asDouble()))
                .toList();
    }

    private static SearchHit hit(JsonNode hit, double score, boolean highlight) {
        JsonNode source = hit.path("_source");
        String text = ChunkDocuments.text(source, ChunkFieldNames.TEXT);
        HighlightSnippets.Snippet snippet =
                highlight ? HighlightSnippets.of(fragments(hit), text) : HighlightSnippets.lead(text);
        return new SearchHit(
                ChunkDocuments.text(source, ChunkFieldNames.CHUNK),
                ChunkDocuments.text(source, ChunkFieldNames.DOCUMENT),
                score,
                snippet.text(),
                snippet.spans(),
                ChunkDocuments.metadata(source));
    }

    /** The highlighted fragments of the text field, none when the hit has no highlight. */
    private static List<String> fragments(JsonNode hit) {
        List<String> fragments = new ArrayList<>();
        for (JsonNode fragment : hit.path("highlight").path(ChunkFieldNames.TEXT)) {
            fragments.add(fragment.asText());
        }
        return fragments;
    }
}
