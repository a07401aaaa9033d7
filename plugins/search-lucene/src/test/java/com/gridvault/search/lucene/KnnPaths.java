package com.gridvault.search.lucene;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.knn.KnnCollectorManager;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * For benchmarks: which path the backend's filtered kNN ({@link ScopedKnnQuery}) takes per segment
 * for a workspace, and how many vectors the HNSW walks score. Runs the backend's query on its own
 * read-only reader of an index folder.
 */
public final class KnnPaths implements AutoCloseable {

    /**
     * Per-segment outcomes over the probed queries.
     *
     * @param hnsw segments answered by the graph walk
     * @param exactByRule segments scanned exactly because the workspace is small ({@link ScopedKnnQuery})
     * @param exactAfterWalk segments where Lucene gave up the walk and scanned exactly
     * @param exactTiny segments where the workspace had at most k vectors
     * @param meanVisited vectors scored per finished walk
     */
    public record Paths(int hnsw, int exactByRule, int exactAfterWalk, int exactTiny, double meanVisited) {
        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "HNSW %d (%.0f vectors scored per walk), exact by the small-workspace rule %d,"
                            + " exact after an abandoned walk %d, exact as filter <= k %d",
                    hnsw,
                    meanVisited,
                    exactByRule,
                    exactAfterWalk,
                    exactTiny);
        }
    }

    private final FSDirectory directory;
    private final DirectoryReader reader;

    /**
     * Opens a reader on an index folder.
     *
     * @param index the folder
     * @throws IOException when it cannot be read
     */
    public KnnPaths(Path index) throws IOException {
        this.directory = FSDirectory.open(index);
        this.reader = DirectoryReader.open(directory);
    }

    /** @return the number of segments */
    public int segments() {
        return reader.leaves().size();
    }

    /**
     * Runs the vectors as the backend's kNN of a workspace (no filter when {@code tenant} is null).
     *
     * @return the outcomes over all segments and vectors
     * @throws IOException when the index cannot be read
     */
    public Paths probe(String tenant, String workspace, Iterable<float[]> vectors, int k) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        Counts counts = new Counts();
        Query filter = tenant == null ? null : new TermQuery(ChunkFields.scopeTerm(tenant, workspace));
        for (float[] vector : vectors) {
            searcher.search(new Counting(ChunkFields.comparable(vector, ChunkFields.SIMILARITY), k, filter, counts), k);
        }
        return new Paths(
                counts.walks - counts.abandoned,
                counts.byRule,
                counts.abandoned,
                counts.exact - counts.abandoned - counts.byRule,
                counts.walks - counts.abandoned == 0 ? 0 : counts.visited / (double) (counts.walks - counts.abandoned));
    }

    /**
     * The backend's kNN over the whole index, without the workspace filter, for graph-quality checks.
     *
     * @return the chunk ids of the k nearest, best first
     * @throws IOException when the index cannot be read
     */
    public List<String> nearestUnfiltered(float[] vector, int k, int candidates) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        TopDocs top = searcher.search(
                new ScopedKnnQuery(
                        ChunkFields.VECTOR, ChunkFields.comparable(vector, ChunkFields.SIMILARITY), candidates, null),
                k);
        List<String> ids = new ArrayList<>();
        for (var hit : top.scoreDocs) {
            ids.add(searcher.storedFields().document(hit.doc).get(ChunkFields.CHUNK));
        }
        return ids;
    }

    @Override
    public void close() throws IOException {
        try (directory) {
            reader.close();
        }
    }

    private static final class Counts {
        int walks;
        int abandoned;
        int byRule;
        int exact;
        long visited;
        Object lastWalk;
    }

    /** The backend's query, counting the calls Lucene makes per segment (searches run on one thread). */
    private static final class Counting extends ScopedKnnQuery {
        private final Counts counts;

        Counting(float[] vector, int k, Query filter, Counts counts) {
            super(ChunkFields.VECTOR, vector, k, filter);
            this.counts = counts;
        }

        @Override
        protected TopDocs approximateSearch(
                LeafReaderContext context, Bits acceptDocs, int visitedLimit, KnnCollectorManager manager)
                throws IOException {
            TopDocs result = super.approximateSearch(context, acceptDocs, visitedLimit, manager);
            if (result.totalHits.value == 0
                    && result.totalHits.relation == TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO
                    && visitedLimit != Integer.MAX_VALUE
                    && scanExactly(visitedLimit - 1L, context.reader().maxDoc())) {
                counts.byRule++;
            } else {
                counts.walks++;
                if (result.totalHits.relation == TotalHits.Relation.EQUAL_TO) {
                    counts.visited += result.totalHits.value;
                    counts.lastWalk = null;
                } else {
                    counts.lastWalk = context.id();
                }
            }
            return result;
        }

        @Override
        protected TopDocs exactSearch(LeafReaderContext context, DocIdSetIterator accept, QueryTimeout timeout)
                throws IOException {
            counts.exact++;
            if (context.id().equals(counts.lastWalk)) {
                counts.abandoned++;
                counts.lastWalk = null;
            }
            return super.exactSearch(context, accept, timeout);
        }
    }
}
