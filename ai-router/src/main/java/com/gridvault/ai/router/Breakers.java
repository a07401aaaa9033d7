package com.gridvault.ai.router;

import com.gridvault.plugin.api.ai.AiProviderException;
import com.gridvault.plugin.api.ai.AiProviderException.Kind;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * One resilience4j circuit breaker per organization and endpoint, driven through its manual
 * permission API so that no resilience4j type leaves this class.
 */
final class Breakers {

    private final CircuitBreakerRegistry registry;
    private final Map<String, AiProviderException> lastErrors = new ConcurrentHashMap<>();

    Breakers(CircuitSettings settings, Clock clock) {
        CircuitBreakerConfig config = CircuitBreakerConfig.custom()
                .slidingWindow(settings.windowSize(), settings.minimumCalls(), SlidingWindowType.COUNT_BASED)
                .failureRateThreshold(settings.failureRateThreshold())
                .waitDurationInOpenState(settings.openDuration())
                .permittedNumberOfCallsInHalfOpenState(settings.halfOpenCalls())
                // A long answer is not a failure: LLM calls may take minutes, timeouts are separate.
                .slowCallDurationThreshold(Duration.ofDays(1))
                .slowCallRateThreshold(100f)
                .clock(clock)
                .build();
        this.registry = CircuitBreakerRegistry.of(config);
    }

    /** Tells whether the route may be called now; a true answer must be followed by a result. */
    boolean tryAcquire(String orgId, String configId) {
        return breaker(orgId, configId).tryAcquirePermission();
    }

    void succeeded(String orgId, String configId, Duration elapsed) {
        breaker(orgId, configId).onSuccess(elapsed.toNanos(), TimeUnit.NANOSECONDS);
    }

    /**
     * Records a failure. Failures that say the endpoint is unhealthy count against it; a request the
     * endpoint rejected as invalid proves it is up and counts as a success.
     */
    void failed(String orgId, String configId, Duration elapsed, AiProviderException failure) {
        CircuitBreaker breaker = breaker(orgId, configId);
        if (countsAgainstEndpoint(failure.kind())) {
            lastErrors.put(key(orgId, configId), failure);
            breaker.onError(elapsed.toNanos(), TimeUnit.NANOSECONDS, failure);
        } else {
            breaker.onSuccess(elapsed.toNanos(), TimeUnit.NANOSECONDS);
        }
    }

    /** Gives the permission back without a verdict (the caller cancelled). */
    void released(String orgId, String configId) {
        breaker(orgId, configId).releasePermission();
    }

    /** Returns the failure that last counted against the endpoint, to explain an open circuit. */
    Optional<AiProviderException> lastError(String orgId, String configId) {
        return Optional.ofNullable(lastErrors.get(key(orgId, configId)));
    }

    CircuitState state(String orgId, String configId) {
        return switch (breaker(orgId, configId).getState()) {
            case CLOSED -> CircuitState.CLOSED;
            case OPEN, FORCED_OPEN -> CircuitState.OPEN;
            case HALF_OPEN -> CircuitState.HALF_OPEN;
            case DISABLED, METRICS_ONLY -> CircuitState.DISABLED;
        };
    }

    static boolean countsAgainstEndpoint(Kind kind) {
        return switch (kind) {
            case RATE_LIMITED, AUTHENTICATION, TIMEOUT, UNAVAILABLE -> true;
            case BAD_REQUEST, CONTEXT_TOO_LONG, CONTENT_FILTERED -> false;
        };
    }

    private CircuitBreaker breaker(String orgId, String configId) {
        return registry.circuitBreaker(key(orgId, configId));
    }

    private static String key(String orgId, String configId) {
        return orgId + '\u0000' + configId;
    }
}
