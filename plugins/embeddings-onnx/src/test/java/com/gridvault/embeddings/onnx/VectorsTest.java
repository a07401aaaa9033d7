package com.gridvault.embeddings.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class VectorsTest {

    @Test
    void normalizesToUnitLength() {
        float[] v = {3, 4};

        Vectors.normalize(v);

        assertThat(v).containsExactly(new float[] {0.6f, 0.8f}, within(1e-7f));
    }

    @Test
    void leavesTheZeroVectorAlone() {
        float[] v = {0, 0, 0};

        Vectors.normalize(v);

        assertThat(v).containsExactly(0, 0, 0);
    }
}
