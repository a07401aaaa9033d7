package com.gridvault.server.errors;

/** The problem types the API emits; each has a stable URI clients can switch on. */
public enum ProblemType {
    BAD_REQUEST(400, "Bad request"),
    MALFORMED_JSON(400, "Malformed JSON"),
    VALIDATION(400, "Invalid input"),
    UNAUTHENTICATED(401, "Authentication required"),
    MFA_REQUIRED(401, "Second factor required"),
    FORBIDDEN(403, "Permission denied"),
    QUOTA_EXCEEDED(403, "Quota exceeded"),
    NOT_FOUND(404, "Not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    NOT_ACCEPTABLE(406, "Not acceptable"),
    CONFLICT(409, "Conflict"),
    PAYLOAD_TOO_LARGE(413, "Payload too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    RANGE_NOT_SATISFIABLE(416, "Range not satisfiable"),
    UNPROCESSABLE(422, "Unprocessable content"),
    TOO_MANY_REQUESTS(429, "Too many requests"),
    PLUGIN_FAILURE(502, "Plugin failure"),
    UPSTREAM_FAILURE(502, "AI provider failure"),
    UPSTREAM_TIMEOUT(504, "AI provider timeout"),
    UNAVAILABLE(503, "Service unavailable"),
    INTERNAL(500, "Internal server error");

    private final int status;
    private final String title;

    ProblemType(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The type URI, e.g. {@code urn:gridvault:problem:not-found}. */
    public String uri() {
        return "urn:gridvault:problem:"
                + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The generic type for an HTTP status the container produced on its own. */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status
                    && type != MALFORMED_JSON
                    && type != VALIDATION
                    && type != MFA_REQUIRED
                    && type != QUOTA_EXCEEDED) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : BAD_REQUEST;
    }
}
