package com.gridvault.search.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.gridvault.search.support.ReciprocalRankFusion.Fused;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReciprocalRankFusionTest {

    @Test
    void sumsReciprocalRanksOverTheRankings() {
        List<Fused<String>> fused =
                ReciprocalRankFusion.fuse(60, 10, List.of(List.of("a", "b", "c"), List.of("c", "b")));

        // Cormack et al. 2009, ranks from 1: c = 1/63 + 1/61 (0.032266) edges out b = 1/62 + 1/62
        // (0.032258): a first and a third place beat two seconds. a = 1/61.
        assertThat(fused).extracting(Fused::id).containsExactly("c", "b", "a");
        assertThat(fused.get(0).score()).isCloseTo(1.0 / 63 + 1.0 / 61, within(1e-12));
        assertThat(fused.get(1).score()).isCloseTo(2.0 / 62, within(1e-12));
        assertThat(fused.get(2).score()).isCloseTo(1.0 / 61, within(1e-12));
    }

    @Test
    void aDocumentInBothRankingsBeatsOneInEither() {
        List<Fused<String>> fused = ReciprocalRankFusion.fuse(60, 10, List.of(List.of("a", "b"), List.of("b", "c")));

        // b = 1/62 + 1/61; a = 1/61; c = 1/62.
        assertThat(fused).extracting(Fused::id).containsExactly("b", "a", "c");
        assertThat(fused.get(0).score()).isCloseTo(1.0 / 62 + 1.0 / 61, within(1e-12));
        assertThat(fused.get(2).score()).isCloseTo(1.0 / 62, within(1e-12));
    }

    @Test
    void theConstantFlattensOrSharpensRankDifferences() {
        List<Fused<String>> sharp = ReciprocalRankFusion.fuse(1, 10, List.of(List.of("a", "b")));
        List<Fused<String>> flat = ReciprocalRankFusion.fuse(1000, 10, List.of(List.of("a", "b")));

        // k = 1: 1/2 vs 1/3; k = 1000: 1/1001 vs 1/1002.
        assertThat(sharp.get(0).score() / sharp.get(1).score()).isCloseTo(1.5, within(1e-12));
        assertThat(flat.get(0).score() / flat.get(1).score()).isCloseTo(1002.0 / 1001, within(1e-12));
    }

    @Test
    void keepsKAndBreaksTiesByIdForAStableOrder() {
        List<Fused<String>> fused = ReciprocalRankFusion.fuse(60, 2, List.of(List.of("z"), List.of("y"), List.of("x")));

        assertThat(fused).extracting(Fused::id).containsExactly("x", "y");
    }

    @Test
    void numericIdsTieInNumericOrder() {
        // text: 7, 3, 5; vector: 3, 9. 3 = 1/62 + 1/61; 7 = 1/61; 9 = 1/62; 5 = 1/63. Then 10 vs 9 on a tie:
        // numeric order puts 9 first where string order would put "10" first.
        List<Fused<Integer>> fused = ReciprocalRankFusion.fuse(60, 10, List.of(List.of(7, 3, 5), List.of(3, 9)));
        List<Fused<Integer>> tie = ReciprocalRankFusion.fuse(60, 10, List.of(List.of(10), List.of(9)));

        assertThat(fused).extracting(Fused::id).containsExactly(3, 7, 9, 5);
        assertThat(fused.get(3).score()).isCloseTo(1.0 / 63, within(1e-12));
        assertThat(tie).extracting(Fused::id).containsExactly(9, 10);
    }

    @Test
    void emptyRankingsFuseToNothing() {
        assertThat(ReciprocalRankFusion.<String>fuse(60, 5, List.of(List.of(), List.of())))
                .isEmpty();
    }
}
