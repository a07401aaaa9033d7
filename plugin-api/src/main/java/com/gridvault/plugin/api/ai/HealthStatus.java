package com.gridvault.plugin.api.ai;

import java.time.Duration;
import java.util.Objects;

/**
 * The outcome of {@link AiConnection#health()}.
 *
 * @param up true when the endpoint answered and accepted the credentials
 * @param latency how long the check took
 * @param failure why the endpoint is down, or null when it is up
 * @param detail a short description for operators; never contains secrets
 */
public record HealthStatus(boolean up, Duration latency, AiProviderException.Kind failure, String detail) {

    /** Requires a failure kind exactly when the endpoint is down. */
    public HealthStatus {
        Objects.requireNonNull(latency, "latency");
        detail = detail == null ? "" : detail;
        if (up != (failure == null)) {
            throw new IllegalArgumentException("A health status has a failure kind exactly when it is down");
        }
    }

    /**
     * Creates a healthy status.
     *
     * @param latency how long the check took
     * @param detail for example the number of models offered
     * @return the status
     */
    public static HealthStatus up(Duration latency, String detail) {
        return new HealthStatus(true, latency, null, detail);
    }

    /**
     * Creates a failed status.
     *
     * @param latency how long the check took
     * @param failure the failure
     * @return the status
     */
    public static HealthStatus down(Duration latency, AiProviderException failure) {
        return new HealthStatus(false, latency, failure.kind(), failure.getMessage());
    }
}
