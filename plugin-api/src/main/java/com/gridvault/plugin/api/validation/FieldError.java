package com.gridvault.plugin.api.validation;

import java.util.Objects;

/**
 * One invalid field of an input.
 *
 * @param path the field's path from the input root, for example {@code legs[0].strike}
 * @param message what is wrong, phrased for the person who sent the input
 */
public record FieldError(String path, String message) {

    /** Rejects null parts. */
    public FieldError {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }
}
