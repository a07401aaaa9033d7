package com.gridvault.search.lucene.bench;

import com.gridvault.plugin.api.search.SearchHit;
import com.gridvault.plugin.api.search.SearchMode;
import com.gridvault.plugin.api.search.SearchQuery;
import com.gridvault.search.lucene.KnnPaths;
import com.gridvault.search.lucene.LuceneSearchBackend;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.IntPredicate;
import org.apache.lucene.util.VectorUtil;

/**
 * kNN recall@k of the backend against exact brute force. The exact top k of all queries is found in
 * one pass over the corpus, regenerating each vector instead of holding 1.5 GB of them; the corpus
 * vectors are unit length, so their dot product is their cosine.
 */
final class Recall {

    private Recall() {}

    /** Recall@k of the backend's SEMANTIC mode against exact cosine over one workspace's vectors. */
    static String measure(
            LuceneSearchBackend backend, SyntheticCorpus corpus, int rank, int chunks, int queries, Random random) {
        float[][] vectors = queries(corpus, queries, random);
        long start = System.nanoTime();
        Exact exact = exactTop(corpus, chunks, i -> corpus.workspaceOf(i) == rank, vectors);
        double exactSeconds = (System.nanoTime() - start) / 1e9;
        String tenant = SyntheticCorpus.tenant(rank);
        String workspace = SyntheticCorpus.workspace(rank);
        double total = 0;
        for (int q = 0; q < queries; q++) {
            List<SearchHit> hits = backend.search(SearchQuery.builder(tenant, workspace)
                    .vector(vectors[q])
                    .mode(SearchMode.SEMANTIC)
                    .k(SearchBench.K)
                    .highlight(false)
                    .build());
            total += recall(hits.stream().map(SearchHit::chunkId).toList(), exact.ids[q]);
        }
        return String.format(
                Locale.ROOT,
                "recall@%d of SEMANTIC vs exact cosine over the workspace's %d vectors, %d queries: %.3f (exact pass %.1f s)",
                SearchBench.K,
                exact.members,
                queries,
                total / queries,
                exactSeconds);
    }

    /** Recall@k of the unfiltered graph walk against brute force over the whole corpus. */
    static String measureUnfiltered(
            KnnPaths paths, SyntheticCorpus corpus, int chunks, int queries, int candidates, Random random)
            throws IOException {
        float[][] vectors = queries(corpus, queries, random);
        Exact exact = exactTop(corpus, chunks, i -> true, vectors);
        double total = 0;
        for (int q = 0; q < queries; q++) {
            total += recall(paths.nearestUnfiltered(vectors[q], SearchBench.K, candidates), exact.ids[q]);
        }
        return String.format(
                Locale.ROOT,
                "recall@%d of the unfiltered graph walk (%d candidates) vs exact over all %d vectors, %d queries: %.3f",
                SearchBench.K,
                candidates,
                chunks,
                queries,
                total / queries);
    }

    private static float[][] queries(SyntheticCorpus corpus, int queries, Random random) {
        float[][] vectors = new float[queries][];
        for (int q = 0; q < queries; q++) {
            vectors[q] = corpus.query(random).vector();
        }
        return vectors;
    }

    /** The chunk ids of each query's exact top k among the chunks {@code member} accepts. */
    private record Exact(Set<String>[] ids, int members) {}

    private static Exact exactTop(SyntheticCorpus corpus, int chunks, IntPredicate member, float[][] queries) {
        int k = SearchBench.K;
        int[][] best = new int[queries.length][k];
        float[][] scores = new float[queries.length][k];
        for (float[] s : scores) {
            Arrays.fill(s, Float.NEGATIVE_INFINITY);
        }
        int members = 0;
        for (int i = 0; i < chunks; i++) {
            if (!member.test(i)) {
                continue;
            }
            members++;
            float[] v = corpus.vector(i);
            for (int q = 0; q < queries.length; q++) {
                offer(best[q], scores[q], i, VectorUtil.dotProduct(v, queries[q]));
            }
        }
        @SuppressWarnings("unchecked")
        Set<String>[] ids = new Set[queries.length];
        for (int q = 0; q < queries.length; q++) {
            ids[q] = new HashSet<>();
            for (int i : best[q]) {
                ids[q].add("chunk-" + i);
            }
        }
        return new Exact(ids, members);
    }

    private static double recall(List<String> found, Set<String> exact) {
        return found.stream().filter(exact::contains).count() / (double) SearchBench.K;
    }

    private static void offer(int[] best, float[] scores, int id, float score) {
        int k = best.length;
        if (score <= scores[k - 1]) {
            return;
        }
        int at = k - 1;
        while (at > 0 && scores[at - 1] < score) {
            scores[at] = scores[at - 1];
            best[at] = best[at - 1];
            at--;
        }
        scores[at] = score;
        best[at] = id;
    }
}
