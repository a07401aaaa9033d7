package com.gridvault.search.lucene;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.ScoreDoc;

/**
 * Reciprocal rank fusion (Cormack, Clarke, Buettcher, SIGIR 2009): {@code score(d) = sum over
 * rankings of 1 / (rrfK + rank(d))}, ranks from 1. Stateless.
 */
final class ReciprocalRankFusion {

    /** One fused result: a Lucene doc id of the searcher the rankings came from, and its score. */
    record Fused(int doc, double score) {}

    private ReciprocalRankFusion() {}

    /**
     * Fuses rankings of doc ids from the same searcher.
     *
     * @param rrfK the constant
     * @param k how many fused results to keep
     * @param rankings each best first
     * @return at most k results, best first; ties go to the lower doc id for a stable order
     */
    static List<Fused> fuse(int rrfK, int k, List<ScoreDoc[]> rankings) {
        Map<Integer, Double> scores = new HashMap<>();
        for (ScoreDoc[] ranking : rankings) {
            for (int i = 0; i < ranking.length; i++) {
                scores.merge(ranking[i].doc, 1.0 / (rrfK + i + 1), Double::sum);
            }
        }
        List<Fused> fused = new ArrayList<>(scores.size());
        scores.forEach((doc, score) -> fused.add(new Fused(doc, score)));
        fused.sort(Comparator.comparingDouble(Fused::score).reversed().thenComparingInt(Fused::doc));
        return List.copyOf(fused.subList(0, Math.min(k, fused.size())));
    }
}
