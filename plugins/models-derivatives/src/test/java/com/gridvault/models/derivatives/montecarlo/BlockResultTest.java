package com.gridvault.models.derivatives.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BlockResultTest {

    private static BlockResult of(double... samples) {
        double mean = 0;
        for (double s : samples) {
            mean += s;
        }
        mean /= samples.length;
        double squares = 0;
        for (double s : samples) {
            squares += (s - mean) * (s - mean);
        }
        return new BlockResult(samples.length, mean, squares, 1);
    }

    @Test
    void mergingBlocksMatchesOnePass() {
        // Chan, Golub and LeVeque (1979), "Updating formulae and a pairwise algorithm for computing sample
        // variances": the merged mean and sum of squared deviations equal those of the pooled samples.
        BlockResult merged = of(1, 2, 3, 10).merge(of(4, 5)).merge(of(0.5, 7, 8));
        BlockResult pooled = of(1, 2, 3, 10, 4, 5, 0.5, 7, 8);
        assertThat(merged.count()).isEqualTo(9);
        assertThat(merged.mean()).isCloseTo(pooled.mean(), within(1e-14));
        assertThat(merged.sumSquaredDeviations()).isCloseTo(pooled.sumSquaredDeviations(), within(1e-12));
        assertThat(merged.barrierHits()).isEqualTo(3);
    }

    @Test
    void emptyBlocksAreNeutral() {
        BlockResult block = of(1, 2, 3);
        assertThat(BlockResult.EMPTY.merge(block)).isEqualTo(block);
        assertThat(block.merge(BlockResult.EMPTY)).isEqualTo(block);
    }
}
