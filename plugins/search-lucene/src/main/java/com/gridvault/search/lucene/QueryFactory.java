package com.gridvault.search.lucene;

import com.gridvault.plugin.api.search.SearchFilters;
import com.gridvault.plugin.api.search.SearchQuery;
import com.gridvault.search.support.ChunkKeys;
import com.gridvault.search.support.TextBoosts;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

/** Turns a {@link SearchQuery} into Lucene queries; the workspace scope is part of every one. */
final class QueryFactory {

    private final Analyzer analyzer;

    QueryFactory(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The scope term plus every filter, as non-scoring clauses. */
    Query filter(SearchQuery query) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(new TermQuery(ChunkFields.scopeTerm(query.tenantId(), query.workspaceId())), Occur.FILTER);
        SearchFilters f = query.filters();
        terms(b, ChunkFields.DOCUMENT, f.documentIds());
        terms(b, ChunkFields.DOCUMENT_TYPE, f.documentTypes());
        terms(b, ChunkFields.FORM, f.formTypes());
        terms(
                b,
                ChunkFields.COMPANY_KEY,
                f.companies().stream().map(ChunkKeys::companyKey).toList());
        terms(b, ChunkFields.SECTION, f.sectionIds());
        if (f.dateFrom() != null || f.dateTo() != null) {
            b.add(
                    LongPoint.newRangeQuery(
                            ChunkFields.DATE,
                            epochDay(f.dateFrom(), Long.MIN_VALUE),
                            epochDay(f.dateTo(), Long.MAX_VALUE)),
                    Occur.FILTER);
        }
        return b.build();
    }

    /**
     * The words of the text as optional BM25 clauses on the chunk text alone, never parsed as query
     * syntax; also what snippets highlight, so a title match never marks text.
     *
     * @return the query, or null when the text has no indexable words (e.g. only stop words)
     */
    Query words(String text) {
        return words(ChunkFields.TEXT, text);
    }

    /**
     * The words matched in the chunk text and, weighted by {@link TextBoosts#SECTION_TITLE}, in its
     * section title; the scores add up (Elasticsearch's {@code most_fields}) and a match in either
     * makes a hit.
     *
     * @return the query, or null when the text has no indexable words
     */
    Query matching(String text) {
        Query inText = words(text);
        if (inText == null) {
            return null;
        }
        return new BooleanQuery.Builder()
                .add(inText, Occur.SHOULD)
                .add(
                        new BoostQuery(words(ChunkFields.SECTION_TITLE_WORDS, text), TextBoosts.SECTION_TITLE),
                        Occur.SHOULD)
                .build();
    }

    /** BM25 over the words in text and section title, restricted by the filter; null when there are no words. */
    Query text(SearchQuery query, Query filter) {
        Query words = matching(query.text());
        if (words == null) {
            return null;
        }
        return new BooleanQuery.Builder()
                .add(words, Occur.MUST)
                .add(filter, Occur.FILTER)
                .build();
    }

    /** HNSW search with the filter applied inside the graph walk (exact search when it is selective). */
    Query knn(SearchQuery query, Query filter, int depth, VectorSimilarityFunction similarity) {
        return new ScopedKnnQuery(
                ChunkFields.VECTOR, ChunkFields.comparable(query.vector(), similarity), depth, filter);
    }

    private Query words(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return new QueryBuilder(analyzer).createBooleanQuery(field, text, Occur.SHOULD);
    }

    private static void terms(BooleanQuery.Builder b, String field, Collection<String> values) {
        if (!values.isEmpty()) {
            List<BytesRef> refs = values.stream().map(BytesRef::new).toList();
            b.add(new TermInSetQuery(field, refs), Occur.FILTER);
        }
    }

    private static long epochDay(LocalDate date, long unbounded) {
        return date == null ? unbounded : date.toEpochDay();
    }
}
