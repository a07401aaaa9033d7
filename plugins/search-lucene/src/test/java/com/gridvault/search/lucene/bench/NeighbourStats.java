package com.gridvault.search.lucene.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.apache.lucene.util.VectorUtil;

/**
 * Local structure of a set of unit vectors around some of its points, by brute force: the MLE local
 * intrinsic dimension at k = 10 and 20 (Levina and Bickel 2004, averaged over points as MacKay and
 * Ghahramani propose: the inverse of the mean inverse estimate), the cosine to the 1st and 10th
 * nearest neighbour, and the relative contrast (mean distance to the set / distance to the nearest
 * neighbour). Distances are Euclidean between unit vectors, sqrt(2 - 2 cos). Neighbours closer than
 * {@link #DUPLICATE} (exact duplicates, as boilerplate repeated between filings) are skipped and
 * counted, since they carry no distance to take a logarithm of.
 */
final class NeighbourStats {

    static final int K = 20;
    static final double DUPLICATE = 1e-3;

    private NeighbourStats() {}

    /**
     * The statistics of a sample.
     *
     * @param nn1 the 10th, 50th and 90th percentile of the cosine to the nearest neighbour
     * @param nn10 the same for the 10th nearest neighbour
     * @param contrast the median relative contrast
     * @param meanCosine the mean cosine between a point and the whole set
     */
    record Summary(
            String label,
            int points,
            double lid10,
            double lid20,
            double[] nn1,
            double[] nn10,
            double contrast,
            double meanCosine,
            long duplicates) {

        static String header() {
            return String.format(
                    Locale.ROOT,
                    "| %-52s | %5s | %6s | %6s | %-19s | %-19s | %8s | %8s |%n| %s | %s | %s | %s | %s | %s | %s | %s |",
                    "sample",
                    "n",
                    "LID@10",
                    "LID@20",
                    "cos 1st NN p10/50/90",
                    "cos 10th NN p10/50/90",
                    "contrast",
                    "mean cos",
                    "---",
                    "---",
                    "---",
                    "---",
                    "---",
                    "---",
                    "---",
                    "---");
        }

        String row() {
            return String.format(
                    Locale.ROOT,
                    "| %-52s | %5d | %6.1f | %6.1f | %.3f / %.3f / %.3f | %.3f / %.3f / %.3f | %8.2f | %8.3f |%s",
                    label,
                    points,
                    lid10,
                    lid20,
                    nn1[0],
                    nn1[1],
                    nn1[2],
                    nn10[0],
                    nn10[1],
                    nn10[2],
                    contrast,
                    meanCosine,
                    duplicates == 0 ? "" : " (" + duplicates + " duplicate neighbours skipped)");
        }
    }

    /** Every point of the set against the rest of the set. */
    static Summary within(String label, List<float[]> set) {
        float[][] points = set.toArray(new float[0][]);
        int[] own = new int[points.length];
        Arrays.setAll(own, i -> i);
        return against(label, points, own, points.length, i -> points[i]);
    }

    /**
     * Query points against a base set streamed once.
     *
     * @param own each query's own index in the base (skipped), or -1
     * @param base the base vector of an index
     */
    static Summary against(String label, float[][] queries, int[] own, int baseSize, IntFunction<float[]> base) {
        int n = queries.length;
        float[][] top = new float[n][K];
        for (float[] t : top) {
            Arrays.fill(t, Float.NEGATIVE_INFINITY);
        }
        double[] distanceSum = new double[n];
        double[] cosineSum = new double[n];
        long[] counted = new long[n];
        long duplicates = 0;
        for (int b = 0; b < baseSize; b++) {
            float[] v = base.apply(b);
            for (int q = 0; q < n; q++) {
                if (own[q] == b) {
                    continue;
                }
                float cos = VectorUtil.dotProduct(queries[q], v);
                if (distance(cos) < DUPLICATE) {
                    duplicates++;
                    continue;
                }
                distanceSum[q] += distance(cos);
                cosineSum[q] += cos;
                counted[q]++;
                insert(top[q], cos);
            }
        }
        double[] inverse10 = new double[n];
        double[] inverse20 = new double[n];
        double[] nn1 = new double[n];
        double[] nn10 = new double[n];
        double[] contrast = new double[n];
        double meanCosine = 0;
        for (int q = 0; q < n; q++) {
            inverse10[q] = inverseLid(top[q], 10);
            inverse20[q] = inverseLid(top[q], 20);
            nn1[q] = top[q][0];
            nn10[q] = top[q][9];
            contrast[q] = distanceSum[q] / counted[q] / distance(top[q][0]);
            meanCosine += cosineSum[q] / counted[q] / n;
        }
        return new Summary(
                label,
                n,
                1 / mean(inverse10),
                1 / mean(inverse20),
                percentiles(nn1),
                percentiles(nn10),
                percentiles(contrast)[1],
                meanCosine,
                duplicates);
    }

    /** (1/(k-1)) sum_{j<k} ln(T_k / T_j): the inverse of the Levina-Bickel estimate at one point. */
    private static double inverseLid(float[] top, int k) {
        double tk = Math.log(distance(top[k - 1]));
        double sum = 0;
        for (int j = 0; j < k - 1; j++) {
            sum += tk - Math.log(distance(top[j]));
        }
        return sum / (k - 1);
    }

    static double distance(float cosine) {
        return Math.sqrt(Math.max(0, 2 - 2 * (double) cosine));
    }

    /** Keeps the array sorted descending, holding the largest values seen. */
    private static void insert(float[] top, float value) {
        int last = top.length - 1;
        if (value <= top[last]) {
            return;
        }
        int i = last;
        while (i > 0 && top[i - 1] < value) {
            top[i] = top[i - 1];
            i--;
        }
        top[i] = value;
    }

    private static double mean(double[] values) {
        return Arrays.stream(values).average().orElse(Double.NaN);
    }

    private static double[] percentiles(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return new double[] {
            sorted[(int) (0.1 * (sorted.length - 1))],
            sorted[(sorted.length - 1) / 2],
            sorted[(int) (0.9 * (sorted.length - 1))]
        };
    }
}
