/**
 * Local sentence embeddings: bge-small-en-v1.5 (quantized ONNX) run with ONNX Runtime inside the
 * JVM, tokenized by a plain-Java port of the model's BERT WordPiece tokenizer. Nothing is
 * downloaded at run time; the model and tokenizer.json ship in the plugin under {@code model/}.
 *
 * <p>{@link com.gridvault.embeddings.onnx.OnnxEmbeddingProvider} is the extension; it shares one
 * {@link com.gridvault.embeddings.onnx.EmbeddingEngine} per plugin start, which {@link
 * com.gridvault.embeddings.onnx.OnnxEmbeddingsPlugin#stop()} closes.
 */
package com.gridvault.embeddings.onnx;
