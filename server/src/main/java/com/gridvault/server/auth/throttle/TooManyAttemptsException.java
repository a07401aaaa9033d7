package com.gridvault.server.auth.throttle;

import java.time.Duration;

/** Sign-in is locked for this account or address (429 with Retry-After). */
public class TooManyAttemptsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public TooManyAttemptsException(Duration retryAfter) {
        super("Too many failed sign-in attempts; try again in " + Math.max(1, retryAfter.toSeconds()) + " seconds");
        this.retryAfter = retryAfter;
    }

    /**
     * A refusal with its own message (e.g. a request rate limit).
     *
     * @param retryAfter when to try again
     * @param message what was exceeded, for people
     */
    public TooManyAttemptsException(Duration retryAfter, String message) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
