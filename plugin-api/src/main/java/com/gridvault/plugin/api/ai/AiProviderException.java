package com.gridvault.plugin.api.ai;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A failure of an AI provider, classified so that a router can react without knowing the provider.
 *
 * <p>Messages describe the failure for operators and never contain API keys.
 */
public class AiProviderException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What went wrong, which decides whether to retry, fall back or give up. */
    public enum Kind {
        /** Too many requests or tokens; retry later, after {@link #retryAfter()} when known. */
        RATE_LIMITED(true),
        /** The API key is missing, wrong or lacks permission; fix the configuration. */
        AUTHENTICATION(false),
        /** The provider did not answer in time; retry or fall back. */
        TIMEOUT(true),
        /** The prompt is longer than the model's context; shorten it or use a larger model. */
        CONTEXT_TOO_LONG(false),
        /** The provider's content filter blocked the prompt or the answer. */
        CONTENT_FILTERED(false),
        /**
         * The provider is down, overloaded, unreachable, or broke off the answer; retry or fall back.
         */
        UNAVAILABLE(true),
        /** The provider rejected the request as invalid (unknown model, bad schema, ...). */
        BAD_REQUEST(false);

        private final boolean retryable;

        Kind(boolean retryable) {
            this.retryable = retryable;
        }

        /**
         * Tells whether the same request may succeed if sent again later or to another endpoint.
         *
         * @return true for transient failures
         */
        public boolean retryable() {
            return retryable;
        }
    }

    /** The classification. */
    private final Kind kind;

    /** The provider's HTTP status, 0 when there was no response. */
    private final int httpStatus;

    private final transient Duration retryAfter;

    /**
     * Creates the exception.
     *
     * @param kind the classification
     * @param message what happened, without secrets
     * @param httpStatus the provider's HTTP status, or 0 when there was no HTTP response
     * @param retryAfter how long the provider asked to wait, or null
     * @param cause the underlying failure, or null
     */
    public AiProviderException(Kind kind, String message, int httpStatus, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.httpStatus = httpStatus;
        this.retryAfter = retryAfter;
    }

    /**
     * Creates an exception without HTTP details.
     *
     * @param kind the classification
     * @param message what happened, without secrets
     * @param cause the underlying failure, or null
     */
    public AiProviderException(Kind kind, String message, Throwable cause) {
        this(kind, message, 0, null, cause);
    }

    /**
     * Returns the classification.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Returns the provider's HTTP status.
     *
     * @return the status, or 0 when the failure happened before or outside an HTTP response
     */
    public int httpStatus() {
        return httpStatus;
    }

    /**
     * Returns how long the provider asked the client to wait before retrying (its {@code
     * Retry-After}).
     *
     * @return the wait, or empty when the provider did not say
     */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
