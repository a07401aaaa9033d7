package com.gridvault.models.derivatives.montecarlo;

/**
 * The sample statistics of one block of paths, mergeable in a fixed order so the total does not depend
 * on which thread ran which block (Chan, Golub and LeVeque's pairwise update of Welford's mean and sum
 * of squared deviations).
 *
 * @param count independent samples
 * @param mean their mean (undiscounted payoff)
 * @param sumSquaredDeviations sum of (sample - mean)^2
 * @param barrierHits paths that touched the barrier
 */
record BlockResult(long count, double mean, double sumSquaredDeviations, long barrierHits) {

    /** No samples. */
    static final BlockResult EMPTY = new BlockResult(0, 0.0, 0.0, 0);

    /**
     * Combines this block with the next one.
     *
     * @param next the following block
     * @return the statistics of both
     */
    BlockResult merge(BlockResult next) {
        if (next.count == 0) {
            return this;
        }
        if (count == 0) {
            return next;
        }
        long total = count + next.count;
        double delta = next.mean - mean;
        double combinedMean = mean + delta * next.count / total;
        double combinedSquares =
                sumSquaredDeviations + next.sumSquaredDeviations + delta * delta * count * next.count / total;
        return new BlockResult(total, combinedMean, combinedSquares, barrierHits + next.barrierHits);
    }
}
