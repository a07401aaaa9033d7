package com.gridvault.search.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.gridvault.search.opensearch.ReciprocalRankFusion.Fused;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReciprocalRankFusionTest {

    @Test
    void sumsReciprocalRanks() {
        List<Fused> fused = ReciprocalRankFusion.fuse(60, 10, List.of(List.of("a", "b"), List.of("b", "c")));

        assertThat(fused).extracting(Fused::id).containsExactly("b", "a", "c");
        // b: 1/(60+2) + 1/(60+1); a: 1/(60+1); c: 1/(60+2) (Cormack et al. 2009, ranks from 1).
        assertThat(fused.get(0).score()).isCloseTo(1.0 / 62 + 1.0 / 61, within(1e-12));
        assertThat(fused.get(1).score()).isCloseTo(1.0 / 61, within(1e-12));
        assertThat(fused.get(2).score()).isCloseTo(1.0 / 62, within(1e-12));
    }

    @Test
    void keepsKAndBreaksTiesByIdForAStableOrder() {
        List<Fused> fused = ReciprocalRankFusion.fuse(60, 2, List.of(List.of("z"), List.of("y"), List.of("x")));

        assertThat(fused).extracting(Fused::id).containsExactly("x", "y");
    }

    @Test
    void emptyRankingsFuseToNothing() {
        assertThat(ReciprocalRankFusion.fuse(60, 5, List.of(List.of(), List.of())))
                .isEmpty();
    }
}
