package com.gridvault.plugin.api.validation;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when an input is invalid; carries every invalid field, not just the first. */
public class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> errors;

    /**
     * Creates the exception.
     *
     * @param errors the invalid fields; must not be empty
     */
    public InvalidInputException(List<FieldError> errors) {
        super(summary(errors));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("An InvalidInputException needs at least one field error");
        }
        this.errors = List.copyOf(errors);
    }

    /**
     * Creates the exception for a single field.
     *
     * @param path the field path
     * @param message what is wrong
     */
    public InvalidInputException(String path, String message) {
        this(List.of(new FieldError(path, message)));
    }

    /**
     * Returns the invalid fields in the order they were found.
     *
     * @return an unmodifiable, non-empty list
     */
    public List<FieldError> errors() {
        return errors;
    }

    private static String summary(List<FieldError> errors) {
        return errors.stream().map(e -> e.path() + ": " + e.message()).collect(Collectors.joining("; "));
    }
}
