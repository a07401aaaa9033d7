package com.gridvault.embeddings.onnx;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * One ONNX Runtime session over the BERT encoder: token ids in, CLS-pooled, L2-normalized vectors
 * out. {@link OrtSession#run} is thread-safe, so one encoder serves every caller.
 */
final class OnnxEncoder implements AutoCloseable {

    static final String INPUT_IDS = "input_ids";
    static final String ATTENTION_MASK = "attention_mask";
    static final String TOKEN_TYPE_IDS = "token_type_ids";

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final boolean takesTokenTypes;
    private final int dimensions;

    private OnnxEncoder(OrtEnvironment environment, OrtSession session) throws OrtException {
        this.environment = environment;
        this.session = session;
        this.takesTokenTypes = session.getInputNames().contains(TOKEN_TYPE_IDS);
        this.dimensions = hiddenSize(session);
    }

    /**
     * Creates the session from the model bytes.
     *
     * @param model the .onnx file's content
     * @param threads intra-op threads
     */
    static OnnxEncoder open(byte[] model, int threads) {
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            options.setIntraOpNumThreads(threads);
            options.setInterOpNumThreads(1);
            OrtSession session = environment.createSession(model, options);
            try {
                return new OnnxEncoder(environment, session);
            } catch (OrtException | RuntimeException e) {
                session.close();
                throw e;
            }
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime cannot load the embedding model: " + e.getMessage(), e);
        }
    }

    int dimensions() {
        return dimensions;
    }

    /** Runs the encoder and returns one unit-length vector per row, from the [CLS] position. */
    float[][] encode(TokenBatch batch) {
        long[] shape = {batch.size(), batch.length()};
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            inputs.put(INPUT_IDS, OnnxTensor.createTensor(environment, LongBuffer.wrap(batch.inputIds()), shape));
            inputs.put(
                    ATTENTION_MASK,
                    OnnxTensor.createTensor(environment, LongBuffer.wrap(batch.attentionMask()), shape));
            if (takesTokenTypes) {
                inputs.put(
                        TOKEN_TYPE_IDS,
                        OnnxTensor.createTensor(environment, LongBuffer.wrap(batch.tokenTypeIds()), shape));
            }
            try (OrtSession.Result result = session.run(inputs)) {
                FloatBuffer hidden = ((OnnxTensor) result.get(0)).getFloatBuffer();
                return clsPooled(hidden, batch.size(), batch.length());
            }
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime failed to embed a batch: " + e.getMessage(), e);
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    /** last_hidden_state is [batch, tokens, hidden]; BGE uses the first token's state ([CLS]). */
    private float[][] clsPooled(FloatBuffer hidden, int size, int length) {
        float[][] vectors = new float[size][dimensions];
        for (int i = 0; i < size; i++) {
            hidden.get(i * length * dimensions, vectors[i]);
            Vectors.normalize(vectors[i]);
        }
        return vectors;
    }

    private static int hiddenSize(OrtSession session) throws OrtException {
        NodeInfo output = session.getOutputInfo().values().iterator().next();
        long[] shape = ((TensorInfo) output.getInfo()).getShape();
        if (shape.length != 3 || shape[2] < 1) {
            throw new IllegalStateException(
                    "Expected a [batch, tokens, hidden] output from the model, got " + Arrays.toString(shape));
        }
        return (int) shape[2];
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException("Cannot close the ONNX Runtime session", e);
        }
    }
}
