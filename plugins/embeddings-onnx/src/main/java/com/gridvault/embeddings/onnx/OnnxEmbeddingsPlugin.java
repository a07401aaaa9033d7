package com.gridvault.embeddings.onnx;

import org.pf4j.Plugin;

/** Releases the ONNX Runtime session and the tokenizer when the host stops the plugin. */
public final class OnnxEmbeddingsPlugin extends Plugin {

    @Override
    public void stop() {
        SharedEngine.release();
    }
}
