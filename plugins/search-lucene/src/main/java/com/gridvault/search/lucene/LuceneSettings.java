package com.gridvault.search.lucene;

import com.gridvault.plugin.api.config.ConfigOption;
import com.gridvault.plugin.api.config.ConfigType;
import com.gridvault.plugin.api.config.PluginConfig;
import com.gridvault.plugin.api.search.SearchQuery;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The backend's settings, read from the plugin configuration. See ADR 0018 for how the vector and
 * compaction defaults were measured.
 *
 * @param indexFolder the index's folder, relative to the plugin's data directory
 * @param ramBufferMb how much the writer buffers in memory before flushing a segment
 * @param rrfK the reciprocal-rank-fusion constant of hybrid search
 * @param knnCandidates how many candidates the HNSW search and each hybrid ranking collect at least
 * @param hnswM the HNSW graph's maximum connections per node (Lucene's {@code M})
 * @param hnswBeamWidth the candidates considered while inserting a vector into the graph
 * @param vectorEncoding how the graph stores and compares vectors
 * @param searchThreads threads one search may use (hybrid legs and index segments in parallel); 1
 *     runs everything on the caller's thread
 * @param compactIdleSeconds seconds without writes after which a many-segment index is compacted in
 *     the background; 0 never compacts
 */
public record LuceneSettings(
        String indexFolder,
        int ramBufferMb,
        int rrfK,
        int knnCandidates,
        int hnswM,
        int hnswBeamWidth,
        VectorEncoding vectorEncoding,
        int searchThreads,
        int compactIdleSeconds) {

    /** How vectors are stored in and compared by the HNSW graph. */
    public enum VectorEncoding {
        /** 32-bit floats compared exactly (Lucene99HnswVectorsFormat). */
        FLOAT32,
        /**
         * 7-bit scalar quantisation (Lucene99HnswScalarQuantizedVectorsFormat): the graph compares
         * bytes, a quarter of the memory; the float vectors stay on disk for merges.
         */
        INT8;

        /** The configuration value, e.g. {@code float32}. */
        public String value() {
            return name().toLowerCase(Locale.ROOT);
        }

        static VectorEncoding of(String value) {
            for (VectorEncoding e : values()) {
                if (e.value().equals(value.trim().toLowerCase(Locale.ROOT))) {
                    return e;
                }
            }
            throw new IllegalArgumentException(
                    "Configuration key '" + VECTOR_ENCODING + "' must be float32 or int8, was '" + value + "'");
        }
    }

    static final String INDEX_FOLDER = "index-folder";
    static final String RAM_BUFFER_MB = "ram-buffer-mb";
    static final String RRF_K = "rrf-k";
    static final String KNN_CANDIDATES = "knn-candidates";
    static final String HNSW_M = "hnsw-m";
    static final String HNSW_BEAM_WIDTH = "hnsw-beam-width";
    static final String VECTOR_ENCODING = "vector-encoding";
    static final String SEARCH_THREADS = "search-threads";
    static final String COMPACT_IDLE_SECONDS = "compact-idle-seconds";

    /**
     * The defaults: folder {@code index}, 64 MB buffer, RRF constant 60, 100 kNN candidates, HNSW
     * M 16 and beam width 100 (Lucene's), float32 vectors, 2 search threads, compaction after 30
     * idle seconds.
     */
    public static final LuceneSettings DEFAULTS =
            new LuceneSettings("index", 64, SearchQuery.DEFAULT_RRF_K, 200, 16, 100, VectorEncoding.FLOAT32, 2, 30);

    /** The settings an operator can change, in form order. */
    static final List<ConfigOption> OPTIONS = List.of(
            ConfigOption.of(
                    INDEX_FOLDER,
                    ConfigType.STRING,
                    DEFAULTS.indexFolder,
                    "Folder of the Lucene index, inside the plugin's data directory."),
            integerOption(
                    RAM_BUFFER_MB,
                    DEFAULTS.ramBufferMb,
                    "Megabytes of indexing buffer before a segment is written (1-2048)."),
            integerOption(
                    RRF_K,
                    DEFAULTS.rrfK,
                    "Reciprocal rank fusion constant for hybrid search; higher values flatten rank differences."),
            integerOption(
                    KNN_CANDIDATES,
                    DEFAULTS.knnCandidates,
                    "Minimum candidates per vector search (HNSW beam); higher improves recall, costs latency."),
            integerOption(
                    HNSW_M,
                    DEFAULTS.hnswM,
                    "HNSW connections per vector (2-512); applies to segments written from now on."),
            integerOption(
                    HNSW_BEAM_WIDTH,
                    DEFAULTS.hnswBeamWidth,
                    "HNSW candidates per insertion (10-3200): higher builds a better graph, more slowly."),
            new ConfigOption(
                    VECTOR_ENCODING,
                    ConfigType.CHOICE,
                    DEFAULTS.vectorEncoding.value(),
                    "float32, or int8 to search scalar-quantised vectors (a quarter of the memory).",
                    false,
                    false,
                    Arrays.stream(VectorEncoding.values())
                            .map(VectorEncoding::value)
                            .toList()),
            integerOption(
                    SEARCH_THREADS,
                    DEFAULTS.searchThreads,
                    "Threads one search may use for its text and vector parts and index segments (1-64)."),
            integerOption(
                    COMPACT_IDLE_SECONDS,
                    DEFAULTS.compactIdleSeconds,
                    "Idle seconds after writes before a many-segment index is merged down in the background; 0 = never."));

    /** Rejects values outside their ranges and index folders that leave the data directory. */
    public LuceneSettings {
        Path folder = Path.of(indexFolder).normalize();
        if (indexFolder.isBlank() || folder.isAbsolute() || folder.startsWith("..")) {
            throw new IllegalArgumentException("Configuration key '" + INDEX_FOLDER
                    + "' must be a folder inside the data directory, was '" + indexFolder + "'");
        }
        range(RAM_BUFFER_MB, ramBufferMb, 1, 2048);
        range(RRF_K, rrfK, 1, 10_000);
        range(KNN_CANDIDATES, knnCandidates, 1, 10_000);
        range(HNSW_M, hnswM, 2, 512);
        range(HNSW_BEAM_WIDTH, hnswBeamWidth, 10, 3200);
        if (vectorEncoding == null) {
            throw new IllegalArgumentException("Configuration key '" + VECTOR_ENCODING + "' is required");
        }
        range(SEARCH_THREADS, searchThreads, 1, 64);
        range(COMPACT_IDLE_SECONDS, compactIdleSeconds, 0, 86_400);
    }

    /**
     * The first four settings, the rest at their defaults.
     *
     * @param indexFolder the index's folder
     * @param ramBufferMb the indexing buffer
     * @param rrfK the RRF constant
     * @param knnCandidates the kNN candidates
     */
    public LuceneSettings(String indexFolder, int ramBufferMb, int rrfK, int knnCandidates) {
        this(
                indexFolder,
                ramBufferMb,
                rrfK,
                knnCandidates,
                DEFAULTS.hnswM,
                DEFAULTS.hnswBeamWidth,
                DEFAULTS.vectorEncoding,
                DEFAULTS.searchThreads,
                DEFAULTS.compactIdleSeconds);
    }

    /**
     * Reads the settings, using the defaults for unset keys.
     *
     * @param config the plugin configuration
     * @return the settings
     * @throws IllegalArgumentException naming the key of an invalid value
     */
    public static LuceneSettings from(PluginConfig config) {
        return new LuceneSettings(
                config.get(INDEX_FOLDER, DEFAULTS.indexFolder),
                integer(config, RAM_BUFFER_MB, DEFAULTS.ramBufferMb),
                integer(config, RRF_K, DEFAULTS.rrfK),
                integer(config, KNN_CANDIDATES, DEFAULTS.knnCandidates),
                integer(config, HNSW_M, DEFAULTS.hnswM),
                integer(config, HNSW_BEAM_WIDTH, DEFAULTS.hnswBeamWidth),
                VectorEncoding.of(config.get(VECTOR_ENCODING, DEFAULTS.vectorEncoding.value())),
                integer(config, SEARCH_THREADS, DEFAULTS.searchThreads),
                integer(config, COMPACT_IDLE_SECONDS, DEFAULTS.compactIdleSeconds));
    }

    private static ConfigOption integerOption(String key, int defaultValue, String help) {
        return ConfigOption.of(key, ConfigType.INTEGER, String.valueOf(defaultValue), help);
    }

    private static int integer(PluginConfig config, String key, int fallback) {
        long value = config.getLong(key, fallback);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("Configuration key '" + key + "' is out of range, was " + value);
        }
        return (int) value;
    }

    private static void range(String key, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(
                    "Configuration key '" + key + "' must be between " + min + " and " + max + ", was " + value);
        }
    }
}
