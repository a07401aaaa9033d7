package com.gridvault.plugin.api.ai;

import java.util.Arrays;

/**
 * One embedding vector. Immutable: the vector is copied in and out.
 *
 * @param index the position of the embedded text in the request
 * @param vector the vector components
 */
public record Embedding(int index, float[] vector) {

    /** Copies the vector. */
    public Embedding {
        vector = vector.clone();
    }

    /**
     * Returns a copy of the vector.
     *
     * @return the components
     */
    @Override
    public float[] vector() {
        return vector.clone();
    }

    /**
     * Returns the number of components.
     *
     * @return the dimension
     */
    public int dimension() {
        return vector.length;
    }

    /** Compares index and vector contents. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Embedding e && e.index == index && Arrays.equals(e.vector, vector);
    }

    /** Hashes index and vector contents. */
    @Override
    public int hashCode() {
        return 31 * index + Arrays.hashCode(vector);
    }

    /** Shows the index and dimension, not the components. */
    @Override
    public String toString() {
        return "Embedding[index=" + index + ", dimension=" + vector.length + "]";
    }
}
