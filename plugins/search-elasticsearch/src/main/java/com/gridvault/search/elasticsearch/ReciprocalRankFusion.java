package com.gridvault.search.elasticsearch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reciprocal rank fusion (Cormack, Clarke and Buettcher, SIGIR 2009): a document scores the sum, over
 * the rankings it appears in, of {@code 1 / (rrfK + rank)}, ranks counted from 1. Done in the client
 * because Elasticsearch's own {@code rrf} retriever needs a paid licence; the scores match the
 * embedded backend's for the same rankings. Stateless.
 */
final class ReciprocalRankFusion {

    /** A fused result: a document id and its summed score. */
    record Fused(String id, double score) {}

    private static final Comparator<Fused> BEST_FIRST =
            Comparator.comparingDouble(Fused::score).reversed().thenComparing(Fused::id);

    private ReciprocalRankFusion() {}

    /**
     * Fuses rankings of document ids.
     *
     * @param rrfK the rank constant, at least 1
     * @param k how many results to keep
     * @param rankings document ids, each ranking best first
     * @return at most {@code k} results, best first; equal scores in id order so the result is stable
     */
    static List<Fused> fuse(int rrfK, int k, List<List<String>> rankings) {
        Map<String, Double> sums = new HashMap<>();
        for (List<String> ranking : rankings) {
            int rank = 0;
            for (String id : ranking) {
                rank++;
                sums.merge(id, 1.0 / (rrfK + rank), Double::sum);
            }
        }
        List<Fused> fused = new ArrayList<>();
        sums.forEach((id, sum) -> fused.add(new Fused(id, sum)));
        fused.sort(BEST_FIRST);
        return fused.size() <= k ? List.copyOf(fused) : List.copyOf(fused.subList(0, k));
    }
}
