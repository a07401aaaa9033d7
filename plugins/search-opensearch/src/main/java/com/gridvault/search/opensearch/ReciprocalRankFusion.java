package com.gridvault.search.opensearch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reciprocal rank fusion (Cormack, Clarke, Buettcher, SIGIR 2009): {@code score(d) = sum over
 * rankings of 1 / (rrfK + rank(d))}, ranks from 1. Computed here rather than by a search pipeline so
 * the scores equal the embedded backend's for the same rankings. Stateless.
 */
final class ReciprocalRankFusion {

    /** One fused result: a document id and its score. */
    record Fused(String id, double score) {}

    private ReciprocalRankFusion() {}

    /**
     * Fuses rankings of document ids.
     *
     * @param rrfK the constant
     * @param k how many fused results to keep
     * @param rankings each best first
     * @return at most k results, best first; ties go to the lower id for a stable order
     */
    static List<Fused> fuse(int rrfK, int k, List<List<String>> rankings) {
        Map<String, Double> scores = new LinkedHashMap<>();
        for (List<String> ranking : rankings) {
            for (int i = 0; i < ranking.size(); i++) {
                scores.merge(ranking.get(i), 1.0 / (rrfK + i + 1), Double::sum);
            }
        }
        List<Fused> fused = new ArrayList<>(scores.size());
        scores.forEach((id, score) -> fused.add(new Fused(id, score)));
        fused.sort(Comparator.comparingDouble(Fused::score).reversed().thenComparing(Fused::id));
        return List.copyOf(fused.subList(0, Math.min(k, fused.size())));
    }
}
