package com.gridvault.search.lucene.bench;

import com.gridvault.plugin.api.search.SearchHit;
import com.gridvault.plugin.api.search.SearchMode;
import com.gridvault.plugin.api.search.SearchQuery;
import com.gridvault.search.lucene.LuceneSearchBackend;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * kNN recall@k of the backend's SEMANTIC mode against exact brute-force cosine over every vector of
 * one workspace. The exact top k of all queries is found in one pass over the corpus, regenerating
 * each vector instead of holding 1.5 GB of them.
 */
final class Recall {

    private Recall() {}

    static String measure(
            LuceneSearchBackend backend, SyntheticCorpus corpus, int rank, int chunks, int queries, Random random) {
        int k = SearchBench.K;
        float[][] vectors = new float[queries][];
        for (int q = 0; q < queries; q++) {
            vectors[q] = corpus.query(random).vector();
        }
        int[][] best = new int[queries][k];
        float[][] scores = new float[queries][k];
        for (float[] s : scores) {
            java.util.Arrays.fill(s, Float.NEGATIVE_INFINITY);
        }
        long start = System.nanoTime();
        int members = 0;
        for (int i = 0; i < chunks; i++) {
            if (corpus.workspaceOf(i) != rank) {
                continue;
            }
            members++;
            float[] v = corpus.vector(i);
            for (int q = 0; q < queries; q++) {
                offer(best[q], scores[q], i, dot(v, vectors[q]));
            }
        }
        double exactSeconds = (System.nanoTime() - start) / 1e9;
        String tenant = SyntheticCorpus.tenant(rank);
        String workspace = SyntheticCorpus.workspace(rank);
        double total = 0;
        for (int q = 0; q < queries; q++) {
            Set<String> exact = new HashSet<>();
            for (int i : best[q]) {
                exact.add("chunk-" + i);
            }
            List<SearchHit> hits = backend.search(SearchQuery.builder(tenant, workspace)
                    .vector(vectors[q])
                    .mode(SearchMode.SEMANTIC)
                    .k(k)
                    .highlight(false)
                    .build());
            total += hits.stream().filter(h -> exact.contains(h.chunkId())).count() / (double) k;
        }
        return String.format(
                Locale.ROOT,
                "recall@%d of SEMANTIC vs exact cosine over the workspace's %d vectors, %d queries: %.3f (exact pass %.1f s)",
                k,
                members,
                queries,
                total / queries,
                exactSeconds);
    }

    /** Recall@k of the unfiltered graph walk against brute force over the whole corpus. */
    static String measureUnfiltered(
            com.gridvault.search.lucene.KnnPaths paths,
            SyntheticCorpus corpus,
            int chunks,
            int queries,
            int candidates,
            Random random)
            throws java.io.IOException {
        int k = SearchBench.K;
        float[][] vectors = new float[queries][];
        for (int q = 0; q < queries; q++) {
            vectors[q] = corpus.query(random).vector();
        }
        int[][] best = new int[queries][k];
        float[][] scores = new float[queries][k];
        for (float[] s : scores) {
            java.util.Arrays.fill(s, Float.NEGATIVE_INFINITY);
        }
        for (int i = 0; i < chunks; i++) {
            float[] v = corpus.vector(i);
            for (int q = 0; q < queries; q++) {
                offer(best[q], scores[q], i, dot(v, vectors[q]));
            }
        }
        double total = 0;
        for (int q = 0; q < queries; q++) {
            Set<String> exact = new HashSet<>();
            for (int i : best[q]) {
                exact.add("chunk-" + i);
            }
            total += paths.nearestUnfiltered(vectors[q], k, candidates).stream()
                            .filter(exact::contains)
                            .count()
                    / (double) k;
        }
        return String.format(
                Locale.ROOT,
                "recall@%d of the unfiltered graph walk (%d candidates) vs exact over all %d vectors, %d queries: %.3f",
                k,
                candidates,
                chunks,
                queries,
                total / queries);
    }

    private static float dot(float[] a, float[] b) {
        float sum = 0;
        for (int d = 0; d < a.length; d++) {
            sum += a[d] * b[d];
        }
        return sum;
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
