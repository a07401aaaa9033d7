package com.gridvault.embeddings.onnx.bench;

import java.util.Arrays;
import java.util.concurrent.Callable;

/**
 * The three {@link EmbeddingThroughput} methods in alternating short rounds. Each round's ratio
 * compares runs seconds apart, so load from other processes affects both sides alike; the median
 * of the per-round ratios is reported. JMH runs the methods minutes apart instead.
 *
 * <p>Usage: {@code java -cp ... com.gridvault.embeddings.onnx.bench.PairedThroughput [rounds]}
 */
public final class PairedThroughput {

    private static final int CALLS_PER_ROUND = 5;
    private static final int SENTENCES_PER_CALL = 32;

    private PairedThroughput() {}

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        EmbeddingThroughput state = new EmbeddingThroughput();
        state.setUp();
        try {
            String[] names = {"bareOnnxRuntime", "pluginBatch32", "pluginDefaultBatch1"};
            Callable<?>[] runs = {state::bareOnnxRuntime, state::pluginBatch32, state::pluginDefaultBatch1};
            for (Callable<?> run : runs) {
                measure(run, 4);
            }
            double[][] rates = new double[runs.length][rounds];
            for (int round = 0; round < rounds; round++) {
                for (int k = 0; k < runs.length; k++) {
                    int i = (round + k) % runs.length; // rotate so no method always runs first
                    rates[i][round] = measure(runs[i], CALLS_PER_ROUND);
                }
            }
            for (int i = 0; i < runs.length; i++) {
                double[] ratio = new double[rounds];
                for (int round = 0; round < rounds; round++) {
                    ratio[round] = rates[i][round] / rates[0][round];
                }
                System.out.printf(
                        "%-20s median %7.1f sentences/s (min %7.1f, max %7.1f)   median ratio to bare %.2f%n",
                        names[i], median(rates[i]), min(rates[i]), max(rates[i]), median(ratio));
            }
        } finally {
            state.tearDown();
        }
    }

    private static double measure(Callable<?> run, int calls) throws Exception {
        long start = System.nanoTime();
        for (int c = 0; c < calls; c++) {
            if (run.call() == null) {
                throw new IllegalStateException("no result");
            }
        }
        return calls * SENTENCES_PER_CALL / ((System.nanoTime() - start) / 1e9);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElseThrow();
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElseThrow();
    }
}
