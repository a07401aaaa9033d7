package com.gridvault.search.lucene;

import com.gridvault.plugin.api.search.SearchHit;
import com.gridvault.plugin.api.search.SearchQuery;
import com.gridvault.search.support.ReciprocalRankFusion;
import com.gridvault.search.support.ReciprocalRankFusion.Fused;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/** Runs a validated query in one of the three modes against one searcher. Stateless per call. */
final class ChunkSearcher {

    private static final ScoreDoc[] NONE = new ScoreDoc[0];

    private final QueryFactory queries;
    private final Snippets snippets;
    private final LuceneSettings settings;
    private final Executor legs;

    /**
     * @param legs runs the vector leg of a hybrid search beside the text leg; null runs both on the
     *     caller's thread
     */
    ChunkSearcher(QueryFactory queries, Snippets snippets, LuceneSettings settings, Executor legs) {
        this.queries = queries;
        this.snippets = snippets;
        this.settings = settings;
        this.legs = legs;
    }

    /**
     * @param similarity how the index compares vectors, or null while it has none
     */
    List<SearchHit> search(IndexSearcher searcher, SearchQuery query, VectorSimilarityFunction similarity)
            throws IOException {
        Query filter = queries.filter(query);
        int depth = Math.max(query.k(), settings.knnCandidates());
        List<Fused<Integer>> ranked =
                switch (query.mode()) {
                    case TEXT -> asIs(text(searcher, query, filter, query.k()), query.k());
                    case SEMANTIC -> asIs(knn(searcher, query, filter, depth, similarity), query.k());
                    case HYBRID -> hybrid(searcher, query, filter, depth, similarity);
                };
        Query words = query.highlight() ? queries.words(query.text()) : null;
        StoredFields stored = searcher.storedFields();
        List<SearchHit> hits = new ArrayList<>(ranked.size());
        for (Fused<Integer> f : ranked) {
            hits.add(hit(stored.document(f.id()), f.score(), words));
        }
        return hits;
    }

    /** Both rankings, the vector one on another thread when there is one, fused. */
    private List<Fused<Integer>> hybrid(
            IndexSearcher searcher, SearchQuery query, Query filter, int depth, VectorSimilarityFunction similarity)
            throws IOException {
        FutureTask<ScoreDoc[]> knn = new FutureTask<>(() -> knn(searcher, query, filter, depth, similarity));
        if (legs != null && similarity != null) {
            try {
                legs.execute(knn);
            } catch (RejectedExecutionException closing) {
                // The index is closing: run the leg here (or fail there, as a plain search would).
            }
        }
        ScoreDoc[] text = text(searcher, query, filter, depth);
        knn.run(); // no-op when a pool thread has started it
        ScoreDoc[] vectors;
        try {
            vectors = knn.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted during a hybrid search");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IOException(e.getCause());
        }
        return ReciprocalRankFusion.fuse(settings.rrfK(), query.k(), List.of(docs(text), docs(vectors)));
    }

    private ScoreDoc[] text(IndexSearcher searcher, SearchQuery query, Query filter, int depth) throws IOException {
        Query text = queries.text(query, filter);
        return text == null ? NONE : searcher.search(text, depth).scoreDocs;
    }

    private ScoreDoc[] knn(
            IndexSearcher searcher, SearchQuery query, Query filter, int depth, VectorSimilarityFunction similarity)
            throws IOException {
        if (similarity == null) {
            return NONE;
        }
        TopDocs top = searcher.search(queries.knn(query, filter, depth, similarity), depth);
        return top.scoreDocs;
    }

    private static List<Fused<Integer>> asIs(ScoreDoc[] docs, int k) {
        return Arrays.stream(docs)
                .limit(k)
                .map(d -> new Fused<>(d.doc, (double) d.score))
                .toList();
    }

    /** A ranking as doc ids of the searcher, best first. */
    private static List<Integer> docs(ScoreDoc[] ranking) {
        return Arrays.stream(ranking).map(d -> d.doc).toList();
    }

    private SearchHit hit(Document doc, double score, Query words) {
        String text = doc.get(ChunkFields.TEXT);
        Snippets.Snippet snippet = words == null ? Snippets.lead(text) : snippets.highlight(words, text);
        return new SearchHit(
                doc.get(ChunkFields.CHUNK),
                doc.get(ChunkFields.DOCUMENT),
                score,
                snippet.text(),
                snippet.spans(),
                ChunkFields.metadata(doc));
    }
}
