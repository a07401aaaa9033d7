package com.gridvault.ai.router;

import java.time.Duration;
import java.util.Objects;

/**
 * When the router stops calling a failing endpoint for a while. One circuit exists per
 * organization and endpoint; calls whose failure says the endpoint is unhealthy (rate limited,
 * timed out, unavailable, rejected credentials) count as failures, answered calls as successes, and
 * requests the endpoint rejected as invalid as successes too (the endpoint itself is fine).
 *
 * @param failureRateThreshold the failure percentage (1-100) over the window that opens the circuit
 * @param minimumCalls the calls needed in the window before the rate is judged
 * @param windowSize how many of the latest calls the rate is computed over; at least {@code
 *     minimumCalls}
 * @param openDuration how long an open circuit skips the endpoint before letting trial calls through
 * @param halfOpenCalls how many trial calls decide whether the circuit closes again
 */
public record CircuitSettings(
        float failureRateThreshold, int minimumCalls, int windowSize, Duration openDuration, int halfOpenCalls) {

    /** Opens at 50 % failures over the last 10 calls (at least 5), for 30 s, with 1 trial call. */
    public static final CircuitSettings DEFAULT = new CircuitSettings(50f, 5, 10, Duration.ofSeconds(30), 1);

    /** Validates the values. */
    public CircuitSettings {
        if (!(failureRateThreshold > 0f && failureRateThreshold <= 100f)) {
            throw new IllegalArgumentException(
                    "failureRateThreshold must be above 0 and at most 100, was " + failureRateThreshold);
        }
        if (minimumCalls < 1 || windowSize < minimumCalls) {
            throw new IllegalArgumentException(
                    "Need 1 <= minimumCalls <= windowSize, was " + minimumCalls + " and " + windowSize);
        }
        Objects.requireNonNull(openDuration, "openDuration");
        if (openDuration.isNegative() || openDuration.isZero()) {
            throw new IllegalArgumentException("openDuration must be positive, was " + openDuration);
        }
        if (halfOpenCalls < 1) {
            throw new IllegalArgumentException("halfOpenCalls must be at least 1, was " + halfOpenCalls);
        }
    }
}
