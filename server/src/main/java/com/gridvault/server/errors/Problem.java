package com.gridvault.server.errors;

import java.util.List;

/**
 * An RFC 9457 problem details document.
 *
 * @param type a URI identifying the problem type
 * @param title a short, human-readable summary of the problem type
 * @param status the HTTP status code
 * @param detail an explanation specific to this occurrence
 * @param instance the request path
 * @param requestId the correlation id to quote to an administrator
 * @param errors per-field errors for validation problems, else null
 */
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        String requestId,
        List<FieldProblem> errors) {

    /** Media type of problem documents. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /**
     * One invalid field.
     *
     * @param field the field path, e.g. {@code bars[3].close}
     * @param message what is wrong
     */
    public record FieldProblem(String field, String message) {}
}
