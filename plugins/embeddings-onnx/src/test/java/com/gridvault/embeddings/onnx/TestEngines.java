package com.gridvault.embeddings.onnx;

/** Opens engines over the model in target/classes, as the plugin's class loader would. */
final class TestEngines {

    private TestEngines() {}

    static EmbeddingEngine open(int batchSize) {
        return EmbeddingEngine.open(new EmbeddingSettings(batchSize, 2, 512), TestEngines.class.getClassLoader());
    }

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
            na += (double) a[i] * a[i];
            nb += (double) b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }

    static double norm(float[] v) {
        double sum = 0;
        for (float x : v) {
            sum += (double) x * x;
        }
        return Math.sqrt(sum);
    }
}
