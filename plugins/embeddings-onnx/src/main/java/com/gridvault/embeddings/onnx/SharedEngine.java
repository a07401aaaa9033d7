package com.gridvault.embeddings.onnx;

import com.gridvault.plugin.api.PluginContext;
import java.lang.System.Logger.Level;

/**
 * The one engine of the current plugin start. The host creates extensions right after it starts the
 * plugin, and only they see the {@link PluginContext}, so the first extension opens the engine and
 * {@link OnnxEmbeddingsPlugin#stop()} closes it. Static state is scoped to the plugin's class loader.
 */
final class SharedEngine {

    private static EmbeddingEngine current;

    private SharedEngine() {}

    /** Returns the engine of this plugin start, opening it with the context's settings on first use. */
    static synchronized EmbeddingEngine acquire(PluginContext context) {
        if (current == null) {
            EmbeddingSettings settings = EmbeddingSettings.from(context.config());
            long started = System.nanoTime();
            current = EmbeddingEngine.open(settings, SharedEngine.class.getClassLoader());
            context.logger()
                    .log(
                            Level.INFO,
                            "Loaded {0} in {1} ms (batch size {2}, {3} threads, {4} max tokens)",
                            BgeSmallEnV15.MODEL_ID,
                            (System.nanoTime() - started) / 1_000_000,
                            settings.batchSize(),
                            settings.threads(),
                            settings.maxTokens());
        }
        return current;
    }

    /** Closes the engine of this plugin start, if one was opened. */
    static synchronized void release() {
        if (current != null) {
            try {
                current.close();
            } finally {
                current = null;
            }
        }
    }
}
