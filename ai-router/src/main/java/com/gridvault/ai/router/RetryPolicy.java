package com.gridvault.ai.router;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How often and how patiently the router retries one route before it falls back to the next.
 *
 * @param maxAttempts the most calls to one route for one request, including the first; at least 1
 * @param initialBackoff the wait before the second attempt when the provider gave no Retry-After
 * @param multiplier the factor by which each further wait grows; at least 1
 * @param maxBackoff the longest computed wait
 * @param maxRetryAfter the longest provider-requested wait (Retry-After) the router honours; when a
 *     provider asks for longer, the router moves to the next route at once instead of waiting
 */
public record RetryPolicy(
        int maxAttempts, Duration initialBackoff, double multiplier, Duration maxBackoff, Duration maxRetryAfter) {

    /** Three attempts, waits of 0.5 s, 1 s (at most 8 s), Retry-After honoured up to 30 s. */
    public static final RetryPolicy DEFAULT =
            new RetryPolicy(3, Duration.ofMillis(500), 2.0, Duration.ofSeconds(8), Duration.ofSeconds(30));

    /** Validates the values. */
    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        requireNotNegative(initialBackoff, "initialBackoff");
        requireNotNegative(maxBackoff, "maxBackoff");
        requireNotNegative(maxRetryAfter, "maxRetryAfter");
        if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
            throw new IllegalArgumentException("multiplier must be a finite number of at least 1, was " + multiplier);
        }
    }

    /**
     * Creates a policy that never retries the same route (fallbacks are still used).
     *
     * @return the policy
     */
    public static RetryPolicy noRetry() {
        return new RetryPolicy(1, Duration.ZERO, 1.0, Duration.ZERO, Duration.ZERO);
    }

    /**
     * Decides how long to wait before the next attempt on the same route.
     *
     * @param failedAttempts how many attempts on this route have failed so far, at least 1
     * @param retryAfter the wait the provider asked for, or null when it did not say
     * @return the wait: exactly {@code retryAfter} when given and at most {@link #maxRetryAfter},
     *     else the exponential backoff; empty when the provider asked for longer than {@link
     *     #maxRetryAfter}, meaning "do not wait, use the next route"
     */
    public Optional<Duration> delayAfter(int failedAttempts, Duration retryAfter) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("failedAttempts must be at least 1, was " + failedAttempts);
        }
        if (retryAfter != null) {
            return retryAfter.compareTo(maxRetryAfter) > 0 ? Optional.empty() : Optional.of(retryAfter);
        }
        double factor = Math.pow(multiplier, failedAttempts - 1.0);
        double millis = initialBackoff.toMillis() * factor;
        if (Double.isInfinite(millis) || millis >= maxBackoff.toMillis()) {
            return Optional.of(maxBackoff);
        }
        return Optional.of(Duration.ofMillis(Math.round(millis)));
    }

    private static void requireNotNegative(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative, was " + value);
        }
    }
}
