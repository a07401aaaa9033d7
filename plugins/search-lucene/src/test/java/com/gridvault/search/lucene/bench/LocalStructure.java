package com.gridvault.search.lucene.bench;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Compares the local structure of real chunk embeddings with the {@link SyntheticCorpus} vectors of
 * each {@link VectorModel}, with {@link NeighbourStats}. The real vectors come from {@code
 * com.gridvault.embeddings.onnx.bench.RealFilingVectors} (test sources of embeddings-onnx: the chunks
 * of three real filings embedded with bge-small-en-v1.5).
 *
 * <p>Samples, per model, at the 100k configuration (1,000 topics in 64 areas):
 *
 * <ul>
 *   <li><b>one area</b>: as many chunks as there are real vectors, all from the topics of one area
 *       (~16 topics, ~60 chunks each), the synthetic counterpart of "three filings of one domain";
 *       the calibration matches this sample to the real one;
 *   <li><b>in corpus</b>: 500 chunks against all 100,000, the neighbourhoods the HNSW graph sees;
 *       with {@code -Dstructure.million=true} also 200 chunks against all 1,000,000.
 * </ul>
 *
 * {@code -Dstructure.calibrate=true} instead scores a grid of custom models on the one-area sample
 * and prints the ten closest to the real statistics.
 *
 * <p>Run from {@code /work/main} after the classpath step of docs/BENCHMARKS.md (seconds at 100k,
 * ~2 min more with the 1M sample):
 *
 * <pre>
 * M=plugins/search-lucene
 * java -cp $M/target/classes:$M/target/test-classes:$(cat $M/target/bench.cp) \
 *     com.gridvault.search.lucene.bench.LocalStructure plugins/embeddings-onnx/target/local-structure/sec-filings.vectors
 * </pre>
 */
public final class LocalStructure {

    private static final int DIMENSION = 384;
    private static final long SEED = 42;

    private LocalStructure() {}

    public static void main(String[] args) throws IOException {
        Path file = Path.of(
                args.length > 0 ? args[0] : "plugins/embeddings-onnx/target/local-structure/sec-filings.vectors");
        List<float[]> real = read(file);
        NeighbourStats.Summary measured =
                NeighbourStats.within("real: bge-small, 3 SEC filings, " + file.getFileName(), real);
        if (Boolean.getBoolean("structure.calibrate")) {
            calibrate(measured, real.size());
            return;
        }
        System.out.println(NeighbourStats.Summary.header());
        System.out.println(measured.row());
        for (VectorModel model : List.of(VectorModel.ISOTROPIC, VectorModel.MEASURED)) {
            SyntheticCorpus corpus = new SyntheticCorpus(DIMENSION, 1_000, SEED, model);
            System.out.println(oneArea(corpus, real.size()).row());
            System.out.println(inCorpus(corpus, 100_000, 500).row());
            if (Boolean.getBoolean("structure.million")) {
                System.out.println(inCorpus(new SyntheticCorpus(DIMENSION, 10_000, SEED, model), 1_000_000, 200)
                        .row());
            }
        }
    }

    /** Chunks of the topics of chunk 0's area, in chunk order. */
    static NeighbourStats.Summary oneArea(SyntheticCorpus corpus, int size) {
        int area = corpus.areaOf(corpus.topicOf(0));
        List<float[]> sample = new ArrayList<>(size);
        for (int i = 0; sample.size() < size; i++) {
            if (corpus.areaOf(corpus.topicOf(i)) == area) {
                sample.add(corpus.vector(i));
            }
        }
        return NeighbourStats.within(corpus.model().name() + ": one area, 100k config", sample);
    }

    static NeighbourStats.Summary inCorpus(SyntheticCorpus corpus, int chunks, int queries) {
        float[][] vectors = new float[queries][];
        int[] own = new int[queries];
        for (int q = 0; q < queries; q++) {
            own[q] = q * (chunks / queries);
            vectors[q] = corpus.vector(own[q]);
        }
        return NeighbourStats.against(
                String.format(
                        Locale.ROOT, "%s: %d chunks vs all %,d", corpus.model().name(), queries, chunks),
                vectors,
                own,
                chunks,
                corpus::vector);
    }

    private static void calibrate(NeighbourStats.Summary target, int size) {
        List<Scored> scored = new ArrayList<>();
        for (int d : new int[] {6, 8, 10, 12, 16, 20, 24, 32}) {
            for (double local : new double[] {0.4, 0.5, 0.6, 0.7, 0.8, 1.0}) {
                for (double residual : new double[] {0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5}) {
                    VectorModel model = VectorModel.custom(d, local, residual);
                    NeighbourStats.Summary s = oneArea(new SyntheticCorpus(DIMENSION, 1_000, SEED, model), size);
                    scored.add(new Scored(s, distance(target, s)));
                }
            }
        }
        scored.sort(Comparator.comparingDouble(Scored::score));
        System.out.println(NeighbourStats.Summary.header());
        System.out.println(target.row());
        scored.stream()
                .limit(10)
                .forEach(s -> System.out.printf(Locale.ROOT, "%s score %.3f%n", s.summary.row(), s.score));
    }

    /** Relative LID error plus NN cosine medians and spreads in units of 0.05. */
    private static double distance(NeighbourStats.Summary a, NeighbourStats.Summary b) {
        return Math.abs(a.lid10() - b.lid10()) / a.lid10()
                + Math.abs(a.lid20() - b.lid20()) / a.lid20()
                + Math.abs(a.nn1()[1] - b.nn1()[1]) / 0.05
                + Math.abs(a.nn10()[1] - b.nn10()[1]) / 0.05
                + Math.abs((a.nn10()[2] - a.nn10()[0]) - (b.nn10()[2] - b.nn10()[0])) / 0.05;
    }

    private record Scored(NeighbourStats.Summary summary, double score) {}

    private static List<float[]> read(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            int count = in.readInt();
            int dimension = in.readInt();
            List<float[]> vectors = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                float[] v = new float[dimension];
                for (int d = 0; d < dimension; d++) {
                    v[d] = in.readFloat();
                }
                vectors.add(v);
            }
            return vectors;
        }
    }
}
