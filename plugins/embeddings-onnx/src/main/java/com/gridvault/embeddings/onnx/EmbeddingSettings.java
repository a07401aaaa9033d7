package com.gridvault.embeddings.onnx;

import com.gridvault.plugin.api.config.ConfigOption;
import com.gridvault.plugin.api.config.ConfigType;
import com.gridvault.plugin.api.config.PluginConfig;
import java.util.List;

/**
 * The operator's settings, read once per plugin start.
 *
 * @param batchSize texts per ONNX Runtime call
 * @param threads intra-op threads of the ONNX Runtime session
 * @param maxTokens tokens per text after truncation, including the [CLS] and [SEP] markers
 */
record EmbeddingSettings(int batchSize, int threads, int maxTokens) {

    static final String BATCH_SIZE = "batch-size";
    static final String THREADS = "threads";
    static final String MAX_TOKENS = "max-tokens";

    /**
     * One text per inference call by default: the int8 model quantizes activations with one scale
     * per input tensor, so in a larger batch each vector depends on its batchmates.
     */
    static final int DEFAULT_BATCH_SIZE = 1;

    static final int MAX_BATCH_SIZE = 256;

    static final List<ConfigOption> OPTIONS = List.of(
            ConfigOption.of(
                    BATCH_SIZE,
                    ConfigType.INTEGER,
                    Integer.toString(DEFAULT_BATCH_SIZE),
                    "Texts per inference call, 1 to " + MAX_BATCH_SIZE
                            + ". 1 makes every vector depend only on its text. Larger values (e.g. 8 or 32)"
                            + " raise throughput by about 1.5x, but the quantized model then gives a text a"
                            + " slightly different vector (cosine above 0.99) depending on the texts batched"
                            + " with it; use them only when exact repeatability does not matter."),
            ConfigOption.of(
                    THREADS,
                    ConfigType.INTEGER,
                    null,
                    "Threads one inference call uses. Defaults to the number of processor cores."),
            ConfigOption.of(
                    MAX_TOKENS,
                    ConfigType.INTEGER,
                    Integer.toString(BgeSmallEnV15.MAX_TOKENS),
                    "Tokens read per text, 8 to " + BgeSmallEnV15.MAX_TOKENS
                            + "; the rest is ignored. Lower values are faster for long texts."));

    EmbeddingSettings {
        check(batchSize, 1, MAX_BATCH_SIZE, BATCH_SIZE);
        check(threads, 1, 1024, THREADS);
        check(maxTokens, 8, BgeSmallEnV15.MAX_TOKENS, MAX_TOKENS);
    }

    static EmbeddingSettings defaults() {
        return new EmbeddingSettings(
                DEFAULT_BATCH_SIZE, Runtime.getRuntime().availableProcessors(), BgeSmallEnV15.MAX_TOKENS);
    }

    /**
     * Reads the settings.
     *
     * @throws IllegalArgumentException naming the key of a malformed or out-of-range value
     */
    static EmbeddingSettings from(PluginConfig config) {
        EmbeddingSettings defaults = defaults();
        return new EmbeddingSettings(
                readInt(config, BATCH_SIZE, defaults.batchSize()),
                readInt(config, THREADS, defaults.threads()),
                readInt(config, MAX_TOKENS, defaults.maxTokens()));
    }

    /** Clamps to the int range so that the range check, not a cast, reports huge values. */
    private static int readInt(PluginConfig config, String key, int defaultValue) {
        long value = config.getLong(key, defaultValue);
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
    }

    private static void check(int value, int min, int max, String key) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(
                    "Configuration key '" + key + "' must be between " + min + " and " + max + ", was " + value);
        }
    }
}
