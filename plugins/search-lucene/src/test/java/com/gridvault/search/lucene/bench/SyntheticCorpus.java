package com.gridvault.search.lucene.bench;

import com.gridvault.plugin.api.search.ChunkMetadata;
import com.gridvault.plugin.api.search.SearchChunk;
import java.time.LocalDate;
import java.util.Random;

/**
 * A reproducible corpus that looks like embedded document chunks: topics with their own vocabulary
 * and a centroid direction; each chunk's vector is its topic's centroid plus noise, normalised, and
 * its text draws mostly from its topic's words. Clustered vectors are how sentence embeddings
 * behave; uniformly random vectors would be an unrealistically hard case for HNSW.
 */
final class SyntheticCorpus {

    static final String TENANT = "bench-bank";
    static final String WORKSPACE = "main";

    private final int dimension;
    private final float[][] centroids;
    private final String[] vocabulary;
    private final int wordsPerTopic;
    private final long seed;

    SyntheticCorpus(int dimension, int topics, long seed) {
        this.dimension = dimension;
        this.seed = seed;
        Random random = new Random(seed);
        this.centroids = new float[topics][];
        for (int t = 0; t < topics; t++) {
            centroids[t] = gaussian(random, 1.0f);
            normalize(centroids[t]);
        }
        this.wordsPerTopic = 40;
        this.vocabulary = new String[topics * wordsPerTopic + 2000];
        for (int i = 0; i < vocabulary.length; i++) {
            vocabulary[i] = word(random);
        }
    }

    int topics() {
        return centroids.length;
    }

    /** Chunk i: deterministic from the seed and i. Every tenth chunk lives in another workspace. */
    SearchChunk chunk(int i) {
        Random random = new Random(seed * 31 + i);
        int topic = random.nextInt(centroids.length);
        String workspace = i % 10 == 9 ? "other-" + (i % 3) : WORKSPACE;
        return new SearchChunk(
                TENANT,
                workspace,
                "doc-" + (i / 20),
                "chunk-" + i,
                text(random, topic, 40 + random.nextInt(40)),
                vector(random, topic, 0.6f),
                ChunkMetadata.builder()
                        .documentTitle("Synthetic report " + (i / 20))
                        .documentType(i % 4 == 0 ? "research" : "filing")
                        .formType(i % 2 == 0 ? "10-K" : "10-Q")
                        .company("Company " + (i % 500))
                        .documentDate(LocalDate.of(2015, 1, 1).plusDays(i % 3650))
                        .page(1 + (i % 20))
                        .sectionId("item-" + (i % 9))
                        .build());
    }

    /** A query near a random topic: a noisy centroid and three of the topic's words. */
    Query query(Random random) {
        int topic = random.nextInt(centroids.length);
        return new Query(text(random, topic, 3), vector(random, topic, 0.6f));
    }

    record Query(String text, float[] vector) {}

    private float[] vector(Random random, int topic, float noise) {
        float[] v = gaussian(random, noise / (float) Math.sqrt(dimension));
        for (int d = 0; d < dimension; d++) {
            v[d] += centroids[topic][d];
        }
        normalize(v);
        return v;
    }

    private String text(Random random, int topic, int words) {
        StringBuilder sb = new StringBuilder();
        for (int w = 0; w < words; w++) {
            int index = random.nextInt(10) < 7
                    ? topic * wordsPerTopic + (int) (wordsPerTopic * Math.pow(random.nextDouble(), 2))
                    : centroids.length * wordsPerTopic + random.nextInt(2000);
            sb.append(w == 0 ? "" : " ").append(vocabulary[index]);
        }
        return sb.append('.').toString();
    }

    private float[] gaussian(Random random, float scale) {
        float[] v = new float[dimension];
        for (int d = 0; d < dimension; d++) {
            v[d] = (float) random.nextGaussian() * scale;
        }
        return v;
    }

    private static String word(Random random) {
        char[] letters = new char[4 + random.nextInt(6)];
        for (int i = 0; i < letters.length; i++) {
            letters[i] = (char) ('a' + random.nextInt(26));
        }
        return new String(letters);
    }

    static void normalize(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        float inv = (float) (1 / Math.sqrt(norm));
        for (int d = 0; d < v.length; d++) {
            v[d] *= inv;
        }
    }
}
