package com.gridvault.search.lucene.bench;

import com.gridvault.plugin.api.search.SearchChunk;
import com.gridvault.plugin.api.search.SearchMode;
import com.gridvault.plugin.api.search.SearchQuery;
import com.gridvault.search.lucene.KnnPaths;
import com.gridvault.search.lucene.LuceneSearchBackend;
import com.gridvault.search.lucene.LuceneSettings;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Builds (once) a synthetic index through {@link LuceneSearchBackend} and reports build time, index
 * size, heap, per-mode latency for a large, a medium and a small workspace, which kNN path Lucene
 * takes, and kNN recall@10 against exact brute force. Not a unit test; see the module README for
 * the command. The index is kept in {@code bench.folder} and reused by later runs with the same
 * chunk count and vector settings.
 *
 * <p>System properties: {@code bench.chunks} (100000), {@code bench.queries} per mode and workspace
 * (400), {@code bench.warmup} queries per workspace (300), {@code bench.recall} queries per workspace
 * (200), {@code bench.batch} chunks per index call (500, like the server's indexer), {@code
 * bench.folder}, {@code bench.rebuild} (false), {@code bench.noCompact} (false), {@code bench.ranks}
 * (0,4,39), {@code bench.unfilteredRecall} (false), plus the backend settings of {@link
 * BenchSettings}: {@code bench.ramBufferMb}, {@code bench.candidates}, {@code bench.m}, {@code
 * bench.beam}, {@code bench.encoding}, {@code bench.searchThreads}, and {@code bench.vectors} (the
 * {@link VectorModel}: measured, the default, or isotropic).
 */
public final class SearchBench {

    static final int K = 10;
    private static final int DIMENSION = 384;
    /** Workspace size ranks queried: the largest (~19 %), the 5th (~3.9 %), the 40th (~0.5 %). */
    private static final int[] WORKSPACE_RANKS = {0, 4, 39};

    private SearchBench() {}

    public static void main(String[] args) throws Exception {
        int chunks = Integer.getInteger("bench.chunks", 100_000);
        int queries = Integer.getInteger("bench.queries", 400);
        int warmup = Integer.getInteger("bench.warmup", 300);
        int recallQueries = Integer.getInteger("bench.recall", 200);
        int batch = Integer.getInteger("bench.batch", 500);
        LuceneSettings settings = BenchSettings.fromSystemProperties();
        VectorModel model = VectorModel.fromSystemProperties();
        Path folder = Path.of(System.getProperty(
                "bench.folder",
                "plugins/search-lucene/target/search-bench/" + BenchSettings.indexName(chunks, settings, model)));
        SyntheticCorpus corpus = new SyntheticCorpus(DIMENSION, Math.max(50, chunks / 100), 42, model);
        System.out.printf(
                Locale.ROOT,
                "SearchBench %s%n  JDK %s, %d cpus, max heap %d MiB; load average %s%n"
                        + "  corpus: %d chunks, %d dims, %d topics, %d workspaces in %d tenants, vectors %s;%n"
                        + "  settings %s%n",
                java.time.Instant.now(),
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20,
                loadAverage(),
                chunks,
                DIMENSION,
                corpus.topics(),
                SyntheticCorpus.WORKSPACES,
                SyntheticCorpus.TENANTS,
                model,
                settings);

        Properties build = loadBuild(folder, chunks);
        if (build == null) {
            build = build(corpus, chunks, batch, settings, folder);
        } else {
            System.out.println("reusing index " + folder + " built " + build.getProperty("built"));
        }
        System.out.printf(
                Locale.ROOT,
                "build: %s s for %d chunks in batches of %s (%s chunks/s; corpus generation excluded), then %s s compacting to %s segments; load average after %s%n",
                build.getProperty("indexSeconds"),
                chunks,
                build.getProperty("batch"),
                build.getProperty("chunksPerSecond"),
                build.getProperty("settleSeconds"),
                build.getProperty("segments"),
                build.getProperty("loadAfter"));
        System.out.printf(Locale.ROOT, "index on disk: %.2f GiB in %s%n", size(folder) / (double) (1L << 30), folder);

        try (LuceneSearchBackend backend = new LuceneSearchBackend(settings, folder)) {
            System.out.printf(Locale.ROOT, "heap used after open: %d MiB%n", heapUsedMiB());
            Path index = folder.resolve(settings.indexFolder());
            if (Boolean.getBoolean("bench.unfilteredRecall")) {
                try (KnnPaths paths = new KnnPaths(index)) {
                    System.out.println(Recall.measureUnfiltered(
                            paths, corpus, chunks, 100, settings.knnCandidates(), new Random(400)));
                }
            }
            for (int rank : ranks()) {
                Workload workload = new Workload(backend, corpus, rank);
                System.out.printf(
                        Locale.ROOT,
                        "%nworkspace %s/%s: %d chunks (%.1f %% of the index); load average %s%n",
                        workload.tenant,
                        workload.workspace,
                        workload.size(),
                        100.0 * workload.size() / chunks,
                        loadAverage());
                workload.warmUp(warmup, new Random(rank));
                for (SearchMode mode : SearchMode.values()) {
                    System.out.println("  " + workload.latency(mode, queries, new Random(100 + rank)));
                }
                List<float[]> probes = new ArrayList<>();
                Random random = new Random(200 + rank);
                for (int q = 0; q < 50; q++) {
                    probes.add(corpus.query(random).vector());
                }
                try (KnnPaths paths = new KnnPaths(index)) {
                    System.out.printf(
                            Locale.ROOT,
                            "  kNN paths, 50 queries x %d segments: %s; unfiltered: %s%n",
                            paths.segments(),
                            paths.probe(workload.tenant, workload.workspace, probes, settings.knnCandidates()),
                            paths.probe(null, null, probes, settings.knnCandidates()));
                }
                System.out.println(
                        "  " + Recall.measure(backend, corpus, rank, chunks, recallQueries, new Random(300 + rank)));
            }
            System.out.printf(
                    Locale.ROOT, "%nheap used after queries: %d MiB; load average %s%n", heapUsedMiB(), loadAverage());
        }
    }

    private static Properties build(
            SyntheticCorpus corpus, int chunks, int batchSize, LuceneSettings settings, Path folder)
            throws IOException, InterruptedException {
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(folder);
        long generating = 0;
        long start = System.nanoTime();
        try (LuceneSearchBackend backend = new LuceneSearchBackend(settings, folder)) {
            List<SearchChunk> batch = new ArrayList<>(batchSize);
            for (int i = 0; i < chunks; i++) {
                long g = System.nanoTime();
                batch.add(corpus.chunk(i));
                generating += System.nanoTime() - g;
                if (batch.size() == batchSize || i == chunks - 1) {
                    backend.index(batch);
                    batch.clear();
                }
                if ((i + 1) % 50_000 == 0) {
                    System.out.printf(
                            Locale.ROOT,
                            "  indexed %d in %.1f s (generation %.1f s); load average %s%n",
                            i + 1,
                            seconds(start),
                            generating / 1e9,
                            loadAverage());
                }
            }
            double indexSeconds = (System.nanoTime() - start - generating) / 1e9;
            long settleStart = System.nanoTime();
            int segments = Boolean.getBoolean("bench.noCompact") ? -1 : backend.compact();
            double settleSeconds = seconds(settleStart);
            Properties p = new Properties();
            p.setProperty("chunks", Integer.toString(chunks));
            p.setProperty("batch", Integer.toString(batchSize));
            p.setProperty("settings", settings.toString());
            p.setProperty("built", java.time.Instant.now().toString());
            p.setProperty("indexSeconds", String.format(Locale.ROOT, "%.1f", indexSeconds));
            p.setProperty("chunksPerSecond", String.format(Locale.ROOT, "%.0f", chunks / indexSeconds));
            p.setProperty("settleSeconds", String.format(Locale.ROOT, "%.1f", settleSeconds));
            p.setProperty("segments", Integer.toString(segments));
            p.setProperty("loadAfter", loadAverage());
            try (Writer out = Files.newBufferedWriter(folder.resolve("bench-build.properties"))) {
                p.store(out, "SearchBench build");
            }
            return p;
        }
    }

    private static Properties loadBuild(Path folder, int chunks) throws IOException {
        Path file = folder.resolve("bench-build.properties");
        if (Boolean.getBoolean("bench.rebuild") || !Files.exists(file) || !Files.exists(folder.resolve("index"))) {
            return null;
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            p.load(in);
        }
        return Integer.toString(chunks).equals(p.getProperty("chunks")) ? p : null;
    }

    /** Queries of one workspace. */
    private static final class Workload {
        final LuceneSearchBackend backend;
        final SyntheticCorpus corpus;
        final String tenant;
        final String workspace;

        Workload(LuceneSearchBackend backend, SyntheticCorpus corpus, int rank) {
            this.backend = backend;
            this.corpus = corpus;
            this.tenant = SyntheticCorpus.tenant(rank);
            this.workspace = SyntheticCorpus.workspace(rank);
        }

        long size() {
            return backend.count(tenant, workspace);
        }

        void warmUp(int queries, Random random) {
            for (int q = 0; q < queries; q++) {
                backend.search(query(SearchMode.values()[q % 3], random));
            }
        }

        String latency(SearchMode mode, int queries, Random random) {
            long[] nanos = new long[queries];
            long hits = 0;
            for (int q = 0; q < queries; q++) {
                SearchQuery search = query(mode, random);
                long start = System.nanoTime();
                hits += backend.search(search).size();
                nanos[q] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            return String.format(
                    Locale.ROOT,
                    "%-8s k=%d, highlight on, %d queries: p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms  (mean hits %.1f)",
                    mode,
                    K,
                    queries,
                    nanos[queries / 2] / 1e6,
                    nanos[(int) (queries * 0.95)] / 1e6,
                    nanos[(int) (queries * 0.99)] / 1e6,
                    hits / (double) queries);
        }

        private SearchQuery query(SearchMode mode, Random random) {
            SyntheticCorpus.Query query = corpus.query(random);
            return SearchQuery.builder(tenant, workspace)
                    .text(query.text())
                    .vector(query.vector())
                    .mode(mode)
                    .k(K)
                    .build();
        }
    }

    /** The workspace ranks to measure: {@code bench.ranks} (comma-separated) or all three. */
    private static int[] ranks() {
        String ranks = System.getProperty("bench.ranks");
        return ranks == null
                ? WORKSPACE_RANKS
                : Arrays.stream(ranks.split(","))
                        .mapToInt(r -> Integer.parseInt(r.trim()))
                        .toArray();
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static long heapUsedMiB() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return (runtime.totalMemory() - runtime.freeMemory()) >> 20;
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(p -> p.toFile().length())
                    .sum();
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
