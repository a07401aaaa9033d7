package com.gridvault.documents.ingest.text;

import java.util.Objects;

/** Argument checks shared by the value types of this library. */
public final class Checks {
    private Checks() {}

    public static <T> T notNull(T value, String name) {
        return Objects.requireNonNull(value, () -> name + " must not be null");
    }

    public static String notBlank(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    public static void offsets(int start, int end) {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid offsets [" + start + ", " + end + ")");
        }
    }

    public static int positive(int value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be > 0: " + value);
        }
        return value;
    }
}
