package com.gridvault.embeddings.onnx;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenBatchTest {

    @Test
    void padsEveryRowToTheLongestWithZerosAndMasksThePadding() {
        TokenBatch batch = TokenBatch.pad(new long[][] {{101, 7, 102}, {101, 102}}, new long[][] {{1, 1, 1}, {1, 1}});

        assertThat(batch.size()).isEqualTo(2);
        assertThat(batch.length()).isEqualTo(3);
        assertThat(batch.inputIds()).containsExactly(101, 7, 102, 101, 102, 0);
        assertThat(batch.attentionMask()).containsExactly(1, 1, 1, 1, 1, 0);
        assertThat(batch.tokenTypeIds()).containsOnly(0);
    }
}
