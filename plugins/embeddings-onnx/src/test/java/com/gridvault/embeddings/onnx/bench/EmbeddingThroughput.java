package com.gridvault.embeddings.onnx.bench;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import com.gridvault.embeddings.onnx.BenchmarkSupport;
import com.gridvault.plugin.api.embedding.EmbeddingPurpose;
import java.io.IOException;
import java.io.InputStream;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Sentences per second for 32 sentences per call: the whole plugin pipeline (tokenize, infer, CLS
 * pool, normalize) at batch size 32 and at the default batch size 1, against a bare ONNX Runtime
 * loop that runs the same model on the same 32 sentences, tokenized once up front.
 *
 * <p>Run: see README.md, "Benchmark". {@link PairedThroughput} runs the same three methods
 * interleaved, for a ratio that survives a busy machine.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EmbeddingThroughput {

    private static final int BATCH = 32;
    private static final String[] SENTENCES = {
        "Supply chain disruption risk rose in the third quarter.",
        "Net interest margin fell by 12 basis points as deposit costs rose faster than loan yields.",
        "Counterparty credit exposure is netted under the ISDA master agreement.",
        "The liquidity coverage ratio stayed above the regulatory minimum throughout the year.",
        "The board approved the dividend.",
        "Operational losses from the payment migration were booked together with remediation costs.",
        "Tier 1 capital",
        "Risks from suppliers and logistics are reviewed monthly by the procurement committee.",
    };

    private final int threads = Runtime.getRuntime().availableProcessors();
    private List<String> texts;
    private BenchmarkSupport.OpenProvider batched;
    private BenchmarkSupport.OpenProvider oneByOne;
    private OrtEnvironment environment;
    private OrtSession session;
    private long[][] tokens;
    private long[] shape;

    @Setup
    public void setUp() throws IOException, OrtException {
        texts = new ArrayList<>();
        for (int i = 0; i < BATCH; i++) {
            texts.add(SENTENCES[i % SENTENCES.length] + " (" + i + ")");
        }
        batched = BenchmarkSupport.open(BATCH, threads);
        oneByOne = BenchmarkSupport.open(1, threads);

        environment = OrtEnvironment.getEnvironment();
        byte[] model;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(BenchmarkSupport.MODEL_RESOURCE)) {
            model = in.readAllBytes();
        }
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            options.setIntraOpNumThreads(threads);
            options.setInterOpNumThreads(1);
            session = environment.createSession(model, options);
        }
        tokens = BenchmarkSupport.tokenize(texts);
        shape = new long[] {BATCH, tokens[0].length / BATCH};
    }

    @TearDown
    public void tearDown() throws Exception {
        session.close();
        batched.closer().close();
        oneByOne.closer().close();
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public float bareOnnxRuntime() throws OrtException {
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            inputs.put("input_ids", OnnxTensor.createTensor(environment, LongBuffer.wrap(tokens[0]), shape));
            inputs.put("attention_mask", OnnxTensor.createTensor(environment, LongBuffer.wrap(tokens[1]), shape));
            inputs.put("token_type_ids", OnnxTensor.createTensor(environment, LongBuffer.wrap(tokens[2]), shape));
            try (OrtSession.Result result = session.run(inputs)) {
                return ((OnnxTensor) result.get(0)).getFloatBuffer().get(0);
            }
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public List<float[]> pluginBatch32() {
        return batched.provider().embed(texts, EmbeddingPurpose.DOCUMENT);
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public List<float[]> pluginDefaultBatch1() {
        return oneByOne.provider().embed(texts, EmbeddingPurpose.DOCUMENT);
    }
}
