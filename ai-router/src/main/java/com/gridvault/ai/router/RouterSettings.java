package com.gridvault.ai.router;

import java.time.Duration;
import java.util.Objects;

/**
 * The router's resilience settings, the same for every organization.
 *
 * @param retry retries on one route
 * @param circuit the per-endpoint circuit breakers
 * @param callTimeout the longest wait for one call to answer; for streams, the longest wait for the
 *     first delta (after it, the provider's own read timeout applies). A call that takes longer
 *     fails as {@link com.gridvault.plugin.api.ai.AiProviderException.Kind#TIMEOUT}.
 */
public record RouterSettings(RetryPolicy retry, CircuitSettings circuit, Duration callTimeout) {

    /** Default retry and circuit settings and a call timeout of 120 s. */
    public static final RouterSettings DEFAULT =
            new RouterSettings(RetryPolicy.DEFAULT, CircuitSettings.DEFAULT, Duration.ofSeconds(120));

    /** Rejects missing parts and a non-positive timeout. */
    public RouterSettings {
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(circuit, "circuit");
        Objects.requireNonNull(callTimeout, "callTimeout");
        if (callTimeout.isNegative() || callTimeout.isZero()) {
            throw new IllegalArgumentException("callTimeout must be positive, was " + callTimeout);
        }
    }
}
