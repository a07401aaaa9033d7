package com.gridvault.embeddings.onnx;

import com.gridvault.plugin.api.embedding.EmbeddingProvider;
import java.util.List;

/**
 * Gives the benchmark in {@code bench} what is package-private here. Each call opens its own engine,
 * so providers with different batch sizes can run side by side in one JVM.
 */
public final class BenchmarkSupport {

    /** The model file inside the plugin, for the bare ONNX Runtime loop. */
    public static final String MODEL_RESOURCE = BgeSmallEnV15.MODEL_RESOURCE;

    private BenchmarkSupport() {}

    /**
     * Opens a provider over its own engine.
     *
     * @param batchSize texts per inference call
     * @param threads intra-op threads
     * @return the provider and a way to close its engine
     */
    public static OpenProvider open(int batchSize, int threads) {
        EmbeddingEngine engine = EmbeddingEngine.open(
                new EmbeddingSettings(batchSize, threads, BgeSmallEnV15.MAX_TOKENS),
                BenchmarkSupport.class.getClassLoader());
        return new OpenProvider(new OnnxEmbeddingProvider(engine), engine::close);
    }

    /**
     * Tokenizes texts as the plugin does and pads them into one batch.
     *
     * @return {@code [inputIds, attentionMask, tokenTypeIds]}, each row-major {@code texts.size() x length}
     */
    public static long[][] tokenize(List<String> texts) {
        TokenBatch batch = WordPieceTokenizer.load(BenchmarkSupport.class.getClassLoader(), BgeSmallEnV15.MAX_TOKENS)
                .encode(texts);
        return new long[][] {batch.inputIds(), batch.attentionMask(), batch.tokenTypeIds()};
    }

    /**
     * A provider with its own engine.
     *
     * @param provider the provider
     * @param closer closes the engine
     */
    public record OpenProvider(EmbeddingProvider provider, AutoCloseable closer) {}
}
