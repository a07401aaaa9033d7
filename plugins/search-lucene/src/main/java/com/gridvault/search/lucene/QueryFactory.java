package com.gridvault.search.lucene;

import com.gridvault.plugin.api.search.SearchFilters;
import com.gridvault.plugin.api.search.SearchQuery;
import com.gridvault.search.support.ChunkKeys;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

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
     * The words of the text as optional BM25 clauses, never parsed as query syntax.
     *
     * @return the query, or null when the text has no indexable words (e.g. only stop words)
     */
    Query words(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return new org.apache.lucene.util.QueryBuilder(analyzer)
                .createBooleanQuery(ChunkFields.TEXT, text, Occur.SHOULD);
    }

    /** BM25 over the words, restricted by the filter; null when there are no words. */
    Query text(SearchQuery query, Query filter) {
        Query words = words(query.text());
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
