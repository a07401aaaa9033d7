package com.gridvault.search.opensearch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.gridvault.plugin.api.search.SearchFilters;
import com.gridvault.plugin.api.search.SearchQuery;
import com.gridvault.search.support.ChunkFieldNames;
import com.gridvault.search.support.ChunkKeys;
import com.gridvault.search.support.HighlightSnippets;
import com.gridvault.search.support.TextBoosts;
import java.util.Collection;

/**
 * Builds OpenSearch request bodies from a {@link SearchQuery}. The tenant-and-workspace scope is a
 * filter of every body, so isolation never depends on the caller's filters; query text only ever
 * reaches a {@code match} query, which analyses it as words and never parses syntax.
 */
final class SearchRequests {

    private SearchRequests() {}

    /** A bool filter of the scope alone. */
    static ObjectNode scope(String tenantId, String workspaceId) {
        ObjectNode query = ClusterClient.object();
        ArrayNode filter = query.putObject("bool").putArray("filter");
        term(filter, ChunkFieldNames.TENANT, tenantId);
        term(filter, ChunkFieldNames.WORKSPACE, workspaceId);
        return query;
    }

    /** The scope plus one more exact-value clause. */
    static ObjectNode scope(String tenantId, String workspaceId, String field, String value) {
        ObjectNode query = scope(tenantId, workspaceId);
        term((ArrayNode) query.get("bool").get("filter"), field, value);
        return query;
    }

    /** The scope plus every filter of the query, as non-scoring clauses. */
    static ObjectNode filter(SearchQuery query) {
        ObjectNode bool = scope(query.tenantId(), query.workspaceId());
        ArrayNode filter = (ArrayNode) bool.get("bool").get("filter");
        SearchFilters f = query.filters();
        terms(filter, ChunkFieldNames.DOCUMENT, f.documentIds());
        terms(filter, ChunkFieldNames.DOCUMENT_TYPE, f.documentTypes());
        terms(filter, ChunkFieldNames.FORM, f.formTypes());
        terms(
                filter,
                ChunkFieldNames.COMPANY_KEY,
                f.companies().stream().map(ChunkKeys::companyKey).toList());
        terms(filter, ChunkFieldNames.SECTION, f.sectionIds());
        if (f.dateFrom() != null || f.dateTo() != null) {
            ObjectNode range = filter.addObject().putObject("range").putObject(ChunkFieldNames.DATE);
            if (f.dateFrom() != null) {
                range.put("gte", f.dateFrom().toString());
            }
            if (f.dateTo() != null) {
                range.put("lte", f.dateTo().toString());
            }
        }
        return bool;
    }

    /** BM25 over the words in the text and section title, restricted by the filter. */
    static ObjectNode text(SearchQuery query, ObjectNode filter, int size) {
        ObjectNode body = body(size, query);
        ObjectNode bool = body.putObject("query").putObject("bool");
        bool.putArray("must").add(words(query.text()));
        bool.putArray("filter").add(filter);
        return body;
    }

    /**
     * The words matched in the chunk text and, weighted by {@link TextBoosts#SECTION_TITLE}, in its
     * section title; the scores add up and a match in either makes a hit. (A bool of its own: beside a
     * filter, a bool's should clauses would all be optional.)
     */
    static ObjectNode words(String text) {
        ObjectNode words = ClusterClient.object();
        ArrayNode should = words.putObject("bool").putArray("should");
        should.add(match(text));
        should.addObject()
                .putObject("match")
                .putObject(ChunkFieldNames.SECTION_TITLE_WORDS)
                .put("query", text)
                .put("boost", TextBoosts.SECTION_TITLE);
        return words;
    }

    /** kNN with the filter applied during the graph search (Lucene engine efficient filtering). */
    static ObjectNode knn(SearchQuery query, ObjectNode filter, int depth, int size) {
        ObjectNode body = body(size, query);
        ObjectNode vector = body.putObject("query").putObject("knn").putObject(ChunkFieldNames.VECTOR);
        ArrayNode values = vector.putArray("vector");
        for (float v : query.vector()) {
            values.add(v);
        }
        vector.put("k", depth);
        vector.set("filter", filter);
        return body;
    }

    private static ObjectNode body(int size, SearchQuery query) {
        ObjectNode body = ClusterClient.object();
        body.put("size", size).put("track_total_hits", false);
        body.putObject("_source").putArray("excludes").add(ChunkFieldNames.VECTOR);
        if (query.highlight() && query.text() != null && !query.text().isBlank()) {
            ObjectNode highlight = body.putObject("highlight");
            highlight.putArray("pre_tags").add(HighlightSnippets.PRE);
            highlight.putArray("post_tags").add(HighlightSnippets.POST);
            highlight.put("encoder", "default");
            highlight.set("highlight_query", match(query.text()));
            highlight
                    .putObject("fields")
                    .putObject(ChunkFieldNames.TEXT)
                    .put("type", "unified")
                    .put("fragment_size", HighlightSnippets.FRAGMENT_SIZE)
                    .put("number_of_fragments", HighlightSnippets.FRAGMENTS)
                    .put("no_match_size", 0);
        }
        return body;
    }

    private static ObjectNode match(String text) {
        ObjectNode match = ClusterClient.object();
        match.putObject("match").putObject(ChunkFieldNames.TEXT).put("query", text);
        return match;
    }

    private static void term(ArrayNode filter, String field, String value) {
        filter.addObject().putObject("term").put(field, value);
    }

    private static void terms(ArrayNode filter, String field, Collection<String> values) {
        if (!values.isEmpty()) {
            ArrayNode array = filter.addObject().putObject("terms").putArray(field);
            values.forEach(array::add);
        }
    }
}
