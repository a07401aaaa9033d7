package com.gridvault.search.elasticsearch;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.HighlighterType;
import com.gridvault.plugin.api.search.SearchFilters;
import com.gridvault.plugin.api.search.SearchQuery;
import com.gridvault.search.support.ChunkFieldNames;
import com.gridvault.search.support.ChunkKeys;
import com.gridvault.search.support.HighlightSnippets;
import com.gridvault.search.support.TextBoosts;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Builds Elasticsearch requests from a {@link SearchQuery}. The tenant-and-workspace scope is a filter
 * of every request, so isolation never depends on the caller's filters; query text only ever reaches a
 * {@code match} query, which analyses it as words and never parses syntax.
 */
final class SearchRequests {

    /** Elasticsearch refuses more kNN candidates than this. */
    static final int MAX_CANDIDATES = 10_000;

    private SearchRequests() {}

    /** Tenant AND workspace, as non-scoring filters. */
    static Query scope(String tenantId, String workspaceId) {
        return Query.of(q -> q.bool(b ->
                b.filter(term(ChunkFieldNames.TENANT, tenantId)).filter(term(ChunkFieldNames.WORKSPACE, workspaceId))));
    }

    /** The scope plus one more exact value. */
    static Query scope(String tenantId, String workspaceId, String field, String value) {
        return Query.of(q -> q.bool(b -> b.filter(term(ChunkFieldNames.TENANT, tenantId))
                .filter(term(ChunkFieldNames.WORKSPACE, workspaceId))
                .filter(term(field, value))));
    }

    /** The scope plus every filter of the query, as non-scoring clauses. */
    static Query filter(SearchQuery query) {
        List<Query> clauses = new ArrayList<>();
        clauses.add(term(ChunkFieldNames.TENANT, query.tenantId()));
        clauses.add(term(ChunkFieldNames.WORKSPACE, query.workspaceId()));
        SearchFilters f = query.filters();
        terms(clauses, ChunkFieldNames.DOCUMENT, f.documentIds());
        terms(clauses, ChunkFieldNames.DOCUMENT_TYPE, f.documentTypes());
        terms(clauses, ChunkFieldNames.FORM, f.formTypes());
        terms(
                clauses,
                ChunkFieldNames.COMPANY_KEY,
                f.companies().stream().map(ChunkKeys::companyKey).toList());
        terms(clauses, ChunkFieldNames.SECTION, f.sectionIds());
        if (f.dateFrom() != null || f.dateTo() != null) {
            clauses.add(Query.of(q -> q.range(r -> r.date(d -> {
                d.field(ChunkFieldNames.DATE);
                if (f.dateFrom() != null) {
                    d.gte(f.dateFrom().toString());
                }
                if (f.dateTo() != null) {
                    d.lte(f.dateTo().toString());
                }
                return d;
            }))));
        }
        return Query.of(q -> q.bool(b -> b.filter(clauses)));
    }

    /** BM25 over the words in the text and section title, restricted by the filter. */
    static SearchRequest text(String index, SearchQuery query, Query filter, int size) {
        return SearchRequest.of(s -> common(s, index, query, size)
                .query(q -> q.bool(b -> b.must(words(query.text())).filter(filter))));
    }

    /**
     * The words matched in the chunk text and, weighted by {@link TextBoosts#SECTION_TITLE}, in its
     * section title; the scores add up and a match in either makes a hit. (A bool of its own: beside a
     * filter, a bool's should clauses would all be optional.)
     */
    static Query words(String text) {
        return Query.of(q -> q.bool(b -> b.should(match(text))
                .should(s -> s.match(m ->
                        m.field(ChunkFieldNames.SECTION_TITLE_WORDS).query(text).boost(TextBoosts.SECTION_TITLE)))));
    }

    /**
     * Approximate kNN over the HNSW graph with the filter applied during the graph search, so a
     * selective filter still yields {@code depth} neighbours.
     */
    static SearchRequest knn(String index, SearchQuery query, Query filter, int depth, int size) {
        List<Float> vector = new ArrayList<>(query.vector().length);
        for (float v : query.vector()) {
            vector.add(v);
        }
        return SearchRequest.of(s -> common(s, index, query, size).knn(k -> k.field(ChunkFieldNames.VECTOR)
                .queryVector(vector)
                .k(depth)
                .numCandidates(Math.min(MAX_CANDIDATES, depth))
                .filter(filter)));
    }

    /**
     * Size, no total count, the source without the vector, and highlights of the query text. kNN
     * requests carry the text as a {@code highlight_query} so vector-only hits of a hybrid search are
     * highlighted too.
     */
    private static SearchRequest.Builder common(SearchRequest.Builder s, String index, SearchQuery query, int size) {
        s.index(index)
                .ignoreUnavailable(true)
                .size(size)
                .trackTotalHits(t -> t.enabled(false))
                .source(src -> src.filter(f -> f.excludes(ChunkFieldNames.VECTOR)));
        if (query.highlight() && query.text() != null && !query.text().isBlank()) {
            s.highlight(h -> h.preTags(HighlightSnippets.PRE)
                    .postTags(HighlightSnippets.POST)
                    .encoder(HighlighterEncoder.Default)
                    .highlightQuery(match(query.text()))
                    .fields(ChunkFieldNames.TEXT, f -> f.type(HighlighterType.Unified)
                            .fragmentSize(HighlightSnippets.FRAGMENT_SIZE)
                            .numberOfFragments(HighlightSnippets.FRAGMENTS)
                            .noMatchSize(0)));
        }
        return s;
    }

    private static Query match(String text) {
        return Query.of(q -> q.match(m -> m.field(ChunkFieldNames.TEXT).query(text)));
    }

    private static Query term(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(value)));
    }

    private static void terms(List<Query> clauses, String field, Collection<String> values) {
        if (!values.isEmpty()) {
            List<FieldValue> list = values.stream().map(FieldValue::of).toList();
            clauses.add(Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(list)))));
        }
    }
}
