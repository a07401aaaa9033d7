package com.gridvault.search.support;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reciprocal rank fusion (Cormack, Clarke and Buettcher, SIGIR 2009): a document scores the sum, over
 * the rankings it appears in, of {@code 1 / (rrfK + rank)}, ranks counted from 1. Every backend fuses
 * in its own process, so the same rankings give the same scores whichever backend produced them.
 * Stateless.
 */
public final class ReciprocalRankFusion {

    /**
     * A fused result.
     *
     * @param id the document id (a chunk id, or an index-internal doc number)
     * @param score the summed reciprocal ranks
     * @param <T> the id type
     */
    public record Fused<T>(T id, double score) {}

    private ReciprocalRankFusion() {}

    /**
     * Fuses rankings of document ids.
     *
     * @param rrfK the rank constant, at least 1
     * @param k how many results to keep
     * @param rankings document ids, each ranking best first
     * @param <T> the id type; its natural order breaks ties
     * @return at most {@code k} results, best first; equal scores in id order so the result is stable
     */
    public static <T extends Comparable<? super T>> List<Fused<T>> fuse(
            int rrfK, int k, List<? extends List<? extends T>> rankings) {
        Map<T, Double> sums = new LinkedHashMap<>();
        for (List<? extends T> ranking : rankings) {
            int rank = 0;
            for (T id : ranking) {
                rank++;
                sums.merge(id, 1.0 / (rrfK + rank), Double::sum);
            }
        }
        List<Fused<T>> fused = new ArrayList<>(sums.size());
        sums.forEach((id, sum) -> fused.add(new Fused<>(id, sum)));
        fused.sort(Comparator.<Fused<T>>comparingDouble(Fused::score).reversed().thenComparing(Fused::id));
        return List.copyOf(fused.subList(0, Math.min(k, fused.size())));
    }
}
