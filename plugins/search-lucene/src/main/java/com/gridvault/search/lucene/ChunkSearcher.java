package com.gridvault.search.lucene;

import com.gridvault.plugin.api.search.SearchHit;
import com.gridvault.plugin.api.search.SearchQuery;
import com.gridvault.search.support.ReciprocalRankFusion;
import com.gridvault.search.support.ReciprocalRankFusion.Fused;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.Document;
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

    ChunkSearcher(QueryFactory queries, Snippets snippets, LuceneSettings settings) {
        this.queries = queries;
        this.snippets = snippets;
        this.settings = settings;
    }

    List<SearchHit> search(IndexSearcher searcher, SearchQuery query, boolean hasVectors) throws IOException {
        Query filter = queries.filter(query);
        int depth = Math.max(query.k(), settings.knnCandidates());
        List<Fused<Integer>> ranked =
                switch (query.mode()) {
                    case TEXT -> asIs(text(searcher, query, filter, query.k()), query.k());
                    case SEMANTIC -> asIs(knn(searcher, query, filter, depth, hasVectors), query.k());
                    case HYBRID ->
                        ReciprocalRankFusion.fuse(
                                settings.rrfK(),
                                query.k(),
                                List.of(
                                        docs(text(searcher, query, filter, depth)),
                                        docs(knn(searcher, query, filter, depth, hasVectors))));
                };
        Query words = query.highlight() ? queries.words(query.text()) : null;
        List<SearchHit> hits = new ArrayList<>(ranked.size());
        for (Fused<Integer> f : ranked) {
            hits.add(hit(searcher.storedFields().document(f.id()), f.score(), words));
        }
        return hits;
    }

    private ScoreDoc[] text(IndexSearcher searcher, SearchQuery query, Query filter, int depth) throws IOException {
        Query text = queries.text(query, filter);
        return text == null ? NONE : searcher.search(text, depth).scoreDocs;
    }

    private ScoreDoc[] knn(IndexSearcher searcher, SearchQuery query, Query filter, int depth, boolean hasVectors)
            throws IOException {
        if (!hasVectors) {
            return NONE;
        }
        TopDocs top = searcher.search(queries.knn(query, filter, depth), depth);
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
