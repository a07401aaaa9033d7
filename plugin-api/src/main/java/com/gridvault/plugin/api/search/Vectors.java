package com.gridvault.plugin.api.search;

import com.gridvault.plugin.api.validation.FieldErrors;

/** Checks shared by chunk and query vectors. */
final class Vectors {

    /** The largest vector dimension any backend must accept. */
    static final int MAX_DIMENSION = 4096;

    private Vectors() {}

    static void check(FieldErrors errors, String path, float[] vector) {
        if (vector == null) {
            return;
        }
        if (vector.length == 0 || vector.length > MAX_DIMENSION) {
            errors.add(path, "must have between 1 and " + MAX_DIMENSION + " dimensions, had " + vector.length);
            return;
        }
        boolean nonZero = false;
        for (int i = 0; i < vector.length; i++) {
            if (!Float.isFinite(vector[i])) {
                errors.add(path + "[" + i + "]", "must be a finite number, was " + vector[i]);
                return;
            }
            nonZero |= vector[i] != 0f;
        }
        errors.check(nonZero, path, "must not be all zeros");
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
