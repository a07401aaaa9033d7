package com.gridvault.search.lucene;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.knn.KnnCollectorManager;
import org.apache.lucene.util.Bits;

/**
 * A filtered HNSW query that scans small workspaces exactly instead of walking the graph first.
 *
 * <p>Lucene walks the graph accepting only documents of the filter and gives up once it has
 * visited as many vectors as the filter matches, then scans those exactly: for a workspace that is
 * a small share of a segment, it pays twice. The walk visits roughly {@code U / s} vectors for a
 * filter matching a share {@code s} of the segment's {@code n}, where {@code U} is the unfiltered
 * walk's count; it gives up when that exceeds the {@code s · n} matches, that is below {@code
 * sqrt(U · n)} matches. Below that this query skips the walk (by reporting it incomplete, which is
 * Lucene's own signal for the exact scan). Results are identical or better: exact instead of
 * approximate.
 */
class ScopedKnnQuery extends KnnFloatVectorQuery {

    /**
     * {@code U}, vectors an unfiltered walk scores; measured with the bench's probe (ADR 0018):
     * about 1,000-2,000 for 100 candidates on 100k-1M vectors, M 16.
     */
    static final int UNFILTERED_VISITS = 1_500;

    private static final TopDocs GAVE_UP =
            new TopDocs(new TotalHits(0, TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO), new ScoreDoc[0]);

    ScopedKnnQuery(String field, float[] target, int k, Query filter) {
        super(field, target, k, filter);
    }

    /** Whether a filter matching {@code matches} of a segment's {@code vectors} is scanned exactly. */
    static boolean scanExactly(long matches, long vectors) {
        return matches * matches < (long) UNFILTERED_VISITS * vectors;
    }

    @Override
    protected TopDocs approximateSearch(
            LeafReaderContext context, Bits acceptDocs, int visitedLimit, KnnCollectorManager manager)
            throws IOException {
        // Lucene passes the filter's match count + 1 as the limit; unfiltered searches pass MAX_VALUE.
        if (visitedLimit != Integer.MAX_VALUE
                && scanExactly(visitedLimit - 1L, context.reader().maxDoc())) {
            return GAVE_UP;
        }
        return super.approximateSearch(context, acceptDocs, visitedLimit, manager);
    }
}
