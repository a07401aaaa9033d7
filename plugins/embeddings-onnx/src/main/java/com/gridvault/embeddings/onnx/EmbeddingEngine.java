package com.gridvault.embeddings.onnx;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Tokenizer and encoder together: texts in, vectors out, in batches of the configured size.
 *
 * <p>Thread-safe. Calls run concurrently under the read lock; {@link #close()} takes the write lock,
 * so native memory is never freed under a running call.
 */
final class EmbeddingEngine implements AutoCloseable {

    private final EmbeddingSettings settings;
    private final WordPieceTokenizer tokenizer;
    private final OnnxEncoder encoder;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private boolean closed;

    EmbeddingEngine(EmbeddingSettings settings, WordPieceTokenizer tokenizer, OnnxEncoder encoder) {
        this.settings = settings;
        this.tokenizer = tokenizer;
        this.encoder = encoder;
        if (encoder.dimensions() != BgeSmallEnV15.DIMENSIONS) {
            throw new IllegalStateException("The shipped model has " + encoder.dimensions() + " dimensions, expected "
                    + BgeSmallEnV15.DIMENSIONS);
        }
    }

    /**
     * Loads the model and tokenizer from the plugin's class loader.
     *
     * @param settings the operator's settings
     * @param loader the class loader holding {@code model/}
     */
    static EmbeddingEngine open(EmbeddingSettings settings, ClassLoader loader) {
        WordPieceTokenizer tokenizer = WordPieceTokenizer.load(loader, settings.maxTokens());
        OnnxEncoder encoder =
                OnnxEncoder.open(ModelResources.read(loader, BgeSmallEnV15.MODEL_RESOURCE), settings.threads());
        try {
            return new EmbeddingEngine(settings, tokenizer, encoder);
        } catch (RuntimeException e) {
            encoder.close();
            throw e;
        }
    }

    EmbeddingSettings settings() {
        return settings;
    }

    /**
     * Embeds texts, already validated and prefixed for their purpose.
     *
     * <p>Texts are grouped by length before batching, so short texts are not padded to a long
     * neighbour's length; the result is put back into input order.
     *
     * @return one unit-length vector per text, in input order
     * @throws IllegalStateException when the engine is closed
     */
    List<float[]> embed(List<String> texts) {
        lock.readLock().lock();
        try {
            if (closed) {
                throw new IllegalStateException("The embeddings plugin was stopped");
            }
            Integer[] order = new Integer[texts.size()];
            Arrays.setAll(order, i -> i);
            Arrays.sort(order, Comparator.comparingInt(i -> texts.get(i).length()));
            float[][] vectors = new float[texts.size()][];
            for (int start = 0; start < order.length; start += settings.batchSize()) {
                int end = Math.min(order.length, start + settings.batchSize());
                List<String> batch = new ArrayList<>(end - start);
                for (int k = start; k < end; k++) {
                    batch.add(texts.get(order[k]));
                }
                float[][] embedded = encoder.encode(tokenizer.encode(batch));
                for (int k = start; k < end; k++) {
                    vectors[order[k]] = embedded[k - start];
                }
            }
            return List.of(vectors);
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public void close() {
        lock.writeLock().lock();
        try {
            if (!closed) {
                closed = true;
                encoder.close();
            }
        } finally {
            lock.writeLock().unlock();
        }
    }
}
