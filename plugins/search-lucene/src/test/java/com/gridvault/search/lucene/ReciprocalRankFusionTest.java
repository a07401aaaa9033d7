package com.gridvault.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.gridvault.search.lucene.ReciprocalRankFusion.Fused;
import java.util.List;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.Test;

class ReciprocalRankFusionTest {

    private static ScoreDoc[] ranking(int... docs) {
        ScoreDoc[] result = new ScoreDoc[docs.length];
        for (int i = 0; i < docs.length; i++) {
            result[i] = new ScoreDoc(docs[i], 100 - i);
        }
        return result;
    }

    @Test
    void sumsReciprocalRanks() {
        // text: 7, 3, 5; vector: 3, 9. With k=60:
        // 3 -> 1/62 + 1/61 = 0.032522; 7 -> 1/61 = 0.016393; 9 -> 1/62 = 0.016129; 5 -> 1/63 = 0.015873.
        List<Fused> fused = ReciprocalRankFusion.fuse(60, 10, List.of(ranking(7, 3, 5), ranking(3, 9)));
        assertThat(fused).extracting(Fused::doc).containsExactly(3, 7, 9, 5);
        assertThat(fused.get(0).score()).isCloseTo(1.0 / 62 + 1.0 / 61, within(1e-12));
        assertThat(fused.get(3).score()).isCloseTo(1.0 / 63, within(1e-12));
    }

    @Test
    void keepsKAndBreaksTiesByDocId() {
        List<Fused> fused = ReciprocalRankFusion.fuse(60, 2, List.of(ranking(8), ranking(4)));
        assertThat(fused).extracting(Fused::doc).containsExactly(4, 8);
        assertThat(ReciprocalRankFusion.fuse(60, 5, List.of(new ScoreDoc[0], new ScoreDoc[0])))
                .isEmpty();
    }
}
