package com.gridvault.search.lucene.bench;

import com.gridvault.plugin.api.search.ChunkMetadata;
import com.gridvault.plugin.api.search.SearchChunk;
import java.time.LocalDate;
import java.util.Random;
import org.apache.lucene.util.VectorUtil;

/**
 * A reproducible corpus shaped like embedded document chunks of a multi-tenant appliance.
 *
 * <ul>
 *   <li><b>Text:</b> 60-140 words. Half come from one English-like vocabulary of 50,000 words with
 *       Zipfian frequencies (exponent 1.07, so a few words occur in most chunks and most words are
 *       rare, as in real text); half from the chunk's topic, whose 300 words are themselves drawn
 *       from the mid and long tail of that vocabulary and used with Zipfian weights. BM25 postings
 *       therefore have realistic lengths: long for head words, short for topic words.
 *   <li><b>Vectors:</b> 384-dim, L2-normalised like bge-small: 64 broad areas, topics as noisy
 *       copies of an area direction, chunks scattered around their topic as the {@link VectorModel}
 *       says: by default mostly inside a few topic-specific directions (picked from a shared pool of
 *       2,048, so 10,000 topics cost little memory), as measured on real embeddings; with {@code
 *       -Dbench.vectors=isotropic} in all 384 dimensions (cosine to the topic ~0.7, near-ties
 *       everywhere, the worst case for HNSW). Text and topics do not depend on the model.
 *   <li><b>Workspaces:</b> 100 workspaces in 10 tenants with Zipfian sizes (exponent 1): the largest
 *       holds ~19 % of the chunks, the 5th ~3.9 %, the 40th ~0.5 %. Every search is scoped to one,
 *       so the kNN filter's selectivity is that share.
 * </ul>
 *
 * Everything about chunk i is a function of the seed and i; the vector has its own random stream so
 * that exact search can regenerate vectors without the text.
 */
final class SyntheticCorpus {

    static final int WORKSPACES = 100;
    static final int TENANTS = 10;
    private static final int VOCABULARY = 50_000;
    private static final int TOPIC_WORDS = 300;
    private static final int AREAS = 64;
    private static final int DIRECTION_POOL = 2_048;

    private final int dimension;
    private final long seed;
    private final String[] words;
    private final Zipf globalWords;
    private final Zipf topicWords;
    private final Zipf workspaces;
    private final int[][] topicVocabulary;
    private final float[][] centroids;
    private final int[] topicArea;
    private final VectorModel model;
    private final float[][] directions;
    private final int[][] topicDirections;

    SyntheticCorpus(int dimension, int topics, long seed, VectorModel model) {
        this.dimension = dimension;
        this.seed = seed;
        this.model = model;
        Random random = new Random(seed);
        this.words = new String[VOCABULARY];
        for (int i = 0; i < VOCABULARY; i++) {
            words[i] = word(random, i);
        }
        this.globalWords = new Zipf(VOCABULARY, 1.07);
        this.topicWords = new Zipf(TOPIC_WORDS, 1.0);
        this.workspaces = new Zipf(WORKSPACES, 1.0);
        this.topicVocabulary = new int[topics][TOPIC_WORDS];
        for (int t = 0; t < topics; t++) {
            for (int w = 0; w < TOPIC_WORDS; w++) {
                topicVocabulary[t][w] = 200 + random.nextInt(VOCABULARY - 200);
            }
        }
        float[][] areas = new float[AREAS][];
        for (int a = 0; a < AREAS; a++) {
            areas[a] = VectorUtil.l2normalize(gaussian(random, 1f));
        }
        this.centroids = new float[topics][];
        this.topicArea = new int[topics];
        for (int t = 0; t < topics; t++) {
            topicArea[t] = random.nextInt(AREAS);
            centroids[t] = noisy(random, areas[topicArea[t]], 1.0f);
        }
        // Own stream, so that text, topics and centroids are the same under every model.
        Random local = new Random(mix(-1, 5));
        this.directions = new float[model.localDims() == 0 ? 0 : DIRECTION_POOL][];
        for (int p = 0; p < directions.length; p++) {
            directions[p] = VectorUtil.l2normalize(gaussian(local, 1f));
        }
        this.topicDirections = new int[topics][];
        for (int t = 0; t < topics; t++) {
            topicDirections[t] = directions.length == 0
                    ? new int[0]
                    : local.ints(0, directions.length)
                            .distinct()
                            .limit(model.localDims())
                            .toArray();
        }
    }

    VectorModel model() {
        return model;
    }

    /** The area (0-63) of a topic. */
    int areaOf(int topic) {
        return topicArea[topic];
    }

    int topics() {
        return centroids.length;
    }

    /** The tenant and workspace of the workspace with the given size rank (0 = largest). */
    static String tenant(int workspaceRank) {
        return "tenant-" + (workspaceRank % TENANTS);
    }

    static String workspace(int workspaceRank) {
        return "ws-" + workspaceRank;
    }

    /** The expected share of chunks in the workspace of a size rank. */
    double share(int workspaceRank) {
        return workspaces.share(workspaceRank);
    }

    /** The workspace rank of chunk i. */
    int workspaceOf(int i) {
        return workspaces.next(new Random(mix(i, 1)));
    }

    /** Chunk i: deterministic from the seed and i. */
    SearchChunk chunk(int i) {
        Random random = new Random(mix(i, 2));
        int topic = topicOf(i);
        int ws = workspaceOf(i);
        return new SearchChunk(
                tenant(ws),
                workspace(ws),
                "doc-" + (i / 20),
                "chunk-" + i,
                text(random, topic, 60 + random.nextInt(81), 0.5),
                vector(i),
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

    /** The vector of chunk i, without generating its text. */
    float[] vector(int i) {
        return topicVector(new Random(mix(i, 3)), topicOf(i));
    }

    /** A vector of the topic as the model scatters them: chunks and queries alike. */
    private float[] topicVector(Random random, int topic) {
        // The same float arithmetic as noisy(), so the isotropic model keeps its vectors bit for bit.
        float[] v = gaussian(random, (float) model.residualNoise() / (float) Math.sqrt(dimension));
        float[] centre = centroids[topic];
        for (int d = 0; d < dimension; d++) {
            v[d] += centre[d];
        }
        int[] own = topicDirections[topic];
        for (int j = 0; j < own.length; j++) {
            float weight = (float) (random.nextGaussian() * model.localNoise() / Math.sqrt(own.length));
            float[] direction = directions[own[j]];
            for (int d = 0; d < dimension; d++) {
                v[d] += weight * direction[d];
            }
        }
        return VectorUtil.l2normalize(v);
    }

    /** A query near a random topic: a noisy centroid and 2-5 words, mostly of the topic. */
    Query query(Random random) {
        int topic = random.nextInt(centroids.length);
        return new Query(text(random, topic, 2 + random.nextInt(4), 0.8), topicVector(random, topic));
    }

    record Query(String text, float[] vector) {}

    int topicOf(int i) {
        return new Random(mix(i, 4)).nextInt(centroids.length);
    }

    private long mix(int i, int stream) {
        return seed * 1_000_003L + i * 31L + stream * 0x9E3779B97F4A7C15L;
    }

    private String text(Random random, int topic, int count, double topicShare) {
        StringBuilder sb = new StringBuilder(count * 8);
        for (int w = 0; w < count; w++) {
            int index = random.nextDouble() < topicShare
                    ? topicVocabulary[topic][topicWords.next(random)]
                    : globalWords.next(random);
            sb.append(w == 0 ? "" : " ").append(words[index]);
        }
        return sb.append('.').toString();
    }

    /** A unit vector around the centre: noise of the given total norm, then normalised. */
    private float[] noisy(Random random, float[] centre, float noise) {
        float[] v = gaussian(random, noise / (float) Math.sqrt(dimension));
        for (int d = 0; d < dimension; d++) {
            v[d] += centre[d];
        }
        return VectorUtil.l2normalize(v);
    }

    private float[] gaussian(Random random, float scale) {
        float[] v = new float[dimension];
        for (int d = 0; d < dimension; d++) {
            v[d] = (float) random.nextGaussian() * scale;
        }
        return v;
    }

    /** Distinct pronounceable-ish words; short ones for frequent ranks, as in real text. */
    private static String word(Random random, int rank) {
        int length = Math.min(12, 2 + (int) Math.log(rank + 2) + random.nextInt(3));
        StringBuilder sb = new StringBuilder(length + 6);
        for (int i = 0; i < length; i++) {
            sb.append((char) ('a' + random.nextInt(26)));
        }
        return sb.append(Integer.toString(rank, 36)).toString();
    }
}
