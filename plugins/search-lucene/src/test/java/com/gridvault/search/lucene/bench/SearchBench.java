package com.gridvault.search.lucene.bench;

import com.gridvault.plugin.api.search.SearchChunk;
import com.gridvault.plugin.api.search.SearchHit;
import com.gridvault.plugin.api.search.SearchMode;
import com.gridvault.plugin.api.search.SearchQuery;
import com.gridvault.search.lucene.LuceneSearchBackend;
import com.gridvault.search.lucene.LuceneSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Indexes a synthetic corpus through {@link LuceneSearchBackend} and reports indexing time, query
 * latency per mode and kNN recall@10 against exact search. Not a unit test; see the module README
 * for the command.
 *
 * <p>Arguments: {@code chunks} (default 100000), {@code dimension} (384), {@code queries} per mode
 * (500), {@code knnCandidates} (100), {@code batch} chunks per index call (10000), {@code folder} (a
 * temp folder).
 */
public final class SearchBench {

    private static final int K = 10;
    private static final int RECALL_QUERIES = 100;

    private SearchBench() {}

    public static void main(String[] args) throws Exception {
        int chunks = arg(args, 0, 100_000);
        int dimension = arg(args, 1, 384);
        int queries = arg(args, 2, 500);
        int candidates = arg(args, 3, 100);
        int batchSize = arg(args, 4, 10_000);
        Path folder = args.length > 5 ? Path.of(args[5]) : Files.createTempDirectory("search-bench");
        SyntheticCorpus corpus = new SyntheticCorpus(dimension, Math.max(50, chunks / 100), 42);
        System.out.printf(
                Locale.ROOT,
                "load average %s; corpus: %d chunks, %d dims, %d topics; knn-candidates %d; folder %s; %s, %d cpus, max heap %d MiB%n",
                loadAverage(),
                chunks,
                dimension,
                corpus.topics(),
                candidates,
                folder,
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);

        LuceneSettings settings = new LuceneSettings("index", 256, SearchQuery.DEFAULT_RRF_K, candidates);
        try (LuceneSearchBackend backend = new LuceneSearchBackend(settings, folder)) {
            List<String> ids = new ArrayList<>();
            List<float[]> vectors = new ArrayList<>();
            long start = System.nanoTime();
            List<SearchChunk> batch = new ArrayList<>(batchSize);
            for (int i = 0; i < chunks; i++) {
                SearchChunk chunk = corpus.chunk(i);
                if (chunk.workspaceId().equals(SyntheticCorpus.WORKSPACE)) {
                    ids.add(chunk.chunkId());
                    vectors.add(chunk.vector());
                }
                batch.add(chunk);
                if (batch.size() == batchSize || i == chunks - 1) {
                    backend.index(batch);
                    batch.clear();
                }
                if ((i + 1) % 100_000 == 0) {
                    System.out.printf(Locale.ROOT, "  indexed %d in %.1f s%n", i + 1, seconds(start));
                }
            }
            double indexSeconds = seconds(start);
            System.out.printf(
                    Locale.ROOT,
                    "indexing: %.1f s (%.0f chunks/s, batches of %d, commit per batch); %d in workspace '%s'%n",
                    indexSeconds,
                    chunks / indexSeconds,
                    batchSize,
                    backend.count(SyntheticCorpus.TENANT, SyntheticCorpus.WORKSPACE),
                    SyntheticCorpus.WORKSPACE);

            Random random = new Random(7);
            for (SearchMode mode : SearchMode.values()) {
                latency(backend, corpus, mode, Math.max(100, queries / 5), random, false);
            }
            for (SearchMode mode : SearchMode.values()) {
                latency(backend, corpus, mode, queries, random, true);
            }
            recall(backend, corpus, ids, vectors, new Random(11));
            System.out.println("load average " + loadAverage());
        }
    }

    private static void latency(
            LuceneSearchBackend backend,
            SyntheticCorpus corpus,
            SearchMode mode,
            int queries,
            Random random,
            boolean report) {
        long[] nanos = new long[queries];
        long hits = 0;
        for (int q = 0; q < queries; q++) {
            SyntheticCorpus.Query query = corpus.query(random);
            SearchQuery search = SearchQuery.builder(SyntheticCorpus.TENANT, SyntheticCorpus.WORKSPACE)
                    .text(query.text())
                    .vector(query.vector())
                    .mode(mode)
                    .k(K)
                    .build();
            long start = System.nanoTime();
            hits += backend.search(search).size();
            nanos[q] = System.nanoTime() - start;
        }
        if (report) {
            Arrays.sort(nanos);
            System.out.printf(
                    Locale.ROOT,
                    "%-8s k=%d, highlight on, %d queries: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, mean hits %.1f%n",
                    mode,
                    K,
                    queries,
                    nanos[queries / 2] / 1e6,
                    nanos[(int) (queries * 0.95)] / 1e6,
                    nanos[(int) (queries * 0.99)] / 1e6,
                    hits / (double) queries);
        }
    }

    private static void recall(
            LuceneSearchBackend backend,
            SyntheticCorpus corpus,
            List<String> ids,
            List<float[]> vectors,
            Random random) {
        double total = 0;
        for (int q = 0; q < RECALL_QUERIES; q++) {
            float[] vector = corpus.query(random).vector();
            Set<String> exact = exactTop(vector, ids, vectors);
            List<SearchHit> hits = backend.search(SearchQuery.builder(SyntheticCorpus.TENANT, SyntheticCorpus.WORKSPACE)
                    .vector(vector)
                    .mode(SearchMode.SEMANTIC)
                    .k(K)
                    .highlight(false)
                    .build());
            long found = hits.stream().filter(h -> exact.contains(h.chunkId())).count();
            total += found / (double) K;
        }
        System.out.printf(
                Locale.ROOT,
                "recall@%d of SEMANTIC vs exact cosine over %d vectors, %d queries: %.3f%n",
                K,
                vectors.size(),
                RECALL_QUERIES,
                total / RECALL_QUERIES);
    }

    private static Set<String> exactTop(float[] query, List<String> ids, List<float[]> vectors) {
        int[] best = new int[K];
        float[] scores = new float[K];
        Arrays.fill(scores, Float.NEGATIVE_INFINITY);
        for (int i = 0; i < vectors.size(); i++) {
            float[] v = vectors.get(i);
            float dot = 0;
            for (int d = 0; d < v.length; d++) {
                dot += v[d] * query[d];
            }
            if (dot > scores[K - 1]) {
                int at = K - 1;
                while (at > 0 && scores[at - 1] < dot) {
                    scores[at] = scores[at - 1];
                    best[at] = best[at - 1];
                    at--;
                }
                scores[at] = dot;
                best[at] = i;
            }
        }
        Set<String> top = new HashSet<>();
        for (int i : best) {
            top.add(ids.get(i));
        }
        return top;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static int arg(String[] args, int index, int fallback) {
        return args.length > index ? Integer.parseInt(args[index]) : fallback;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
