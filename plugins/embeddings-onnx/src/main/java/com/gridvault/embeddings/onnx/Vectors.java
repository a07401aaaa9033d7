package com.gridvault.embeddings.onnx;

/** Vector arithmetic on float arrays. */
final class Vectors {

    private Vectors() {}

    /** Scales a vector to unit L2 length in place; a zero vector stays zero. */
    static void normalize(float[] vector) {
        double sum = 0;
        for (float v : vector) {
            sum += (double) v * v;
        }
        if (sum == 0) {
            return;
        }
        float scale = (float) (1 / Math.sqrt(sum));
        for (int i = 0; i < vector.length; i++) {
            vector[i] *= scale;
        }
    }
}
