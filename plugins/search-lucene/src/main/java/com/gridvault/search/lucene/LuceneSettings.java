package com.gridvault.search.lucene;

import com.gridvault.plugin.api.config.ConfigOption;
import com.gridvault.plugin.api.config.ConfigType;
import com.gridvault.plugin.api.config.PluginConfig;
import com.gridvault.plugin.api.search.SearchQuery;
import java.nio.file.Path;
import java.util.List;

/**
 * The backend's settings, read from the plugin configuration.
 *
 * @param indexFolder the index's folder, relative to the plugin's data directory
 * @param ramBufferMb how much the writer buffers in memory before flushing a segment
 * @param rrfK the reciprocal-rank-fusion constant of hybrid search
 * @param knnCandidates how many candidates the HNSW search and each hybrid ranking collect at least
 */
public record LuceneSettings(String indexFolder, int ramBufferMb, int rrfK, int knnCandidates) {

    static final String INDEX_FOLDER = "index-folder";
    static final String RAM_BUFFER_MB = "ram-buffer-mb";
    static final String RRF_K = "rrf-k";
    static final String KNN_CANDIDATES = "knn-candidates";

    /** The defaults: folder {@code index}, 64 MB buffer, RRF constant 60, 100 kNN candidates. */
    public static final LuceneSettings DEFAULTS = new LuceneSettings("index", 64, SearchQuery.DEFAULT_RRF_K, 100);

    /** The settings an operator can change, in form order. */
    static final List<ConfigOption> OPTIONS = List.of(
            ConfigOption.of(
                    INDEX_FOLDER,
                    ConfigType.STRING,
                    DEFAULTS.indexFolder,
                    "Folder of the Lucene index, inside the plugin's data directory."),
            ConfigOption.of(
                    RAM_BUFFER_MB,
                    ConfigType.INTEGER,
                    String.valueOf(DEFAULTS.ramBufferMb),
                    "Megabytes of indexing buffer before a segment is written (1-2048)."),
            ConfigOption.of(
                    RRF_K,
                    ConfigType.INTEGER,
                    String.valueOf(DEFAULTS.rrfK),
                    "Reciprocal rank fusion constant for hybrid search; higher values flatten rank differences."),
            ConfigOption.of(
                    KNN_CANDIDATES,
                    ConfigType.INTEGER,
                    String.valueOf(DEFAULTS.knnCandidates),
                    "Minimum candidates per vector search (HNSW beam); higher improves recall, costs latency."));

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
                Math.toIntExact(config.getLong(RAM_BUFFER_MB, DEFAULTS.ramBufferMb)),
                Math.toIntExact(config.getLong(RRF_K, DEFAULTS.rrfK)),
                Math.toIntExact(config.getLong(KNN_CANDIDATES, DEFAULTS.knnCandidates)));
    }

    private static void range(String key, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(
                    "Configuration key '" + key + "' must be between " + min + " and " + max + ", was " + value);
        }
    }
}
