package com.gridvault.ai.router;

import com.gridvault.ai.router.budget.BudgetWarning;
import com.gridvault.ai.router.usage.CallOutcome;
import com.gridvault.plugin.api.ai.AiConnection;
import com.gridvault.plugin.api.ai.AiProviderException;
import com.gridvault.plugin.api.ai.ChatRequest;
import com.gridvault.plugin.api.ai.ChatResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;

/**
 * Walks one policy's chain for one request: retries, Retry-After, fallbacks, circuits, usage. The
 * reactions to each failure kind are those of {@link Reaction}. Stateless apart from its
 * collaborators, so one instance serves every call.
 */
final class ChainRunner {

    private final ConnectionSource connections;
    private final Breakers breakers;
    private final Metering metering;
    private final RetryPolicy retry;
    private final Sleeper sleeper;
    private final Clock clock;

    ChainRunner(
            ConnectionSource connections,
            Breakers breakers,
            Metering metering,
            RetryPolicy retry,
            Sleeper sleeper,
            Clock clock) {
        this.connections = connections;
        this.breakers = breakers;
        this.metering = metering;
        this.retry = retry;
        this.sleeper = sleeper;
        this.clock = clock;
    }

    RoutedResponse run(CallContext ctx, TaskKind kind, RoutingPolicy policy, ChatRequest request, AttemptCall call) {
        return new Walk(ctx, kind, call).through(policy, request);
    }

    /** The state of one call walking the chain. */
    private final class Walk {
        private final CallContext ctx;
        private final String orgId;
        private final TaskKind kind;
        private final AttemptCall call;
        private final List<Attempt> attempts = new ArrayList<>();
        private AiProviderException last;

        Walk(CallContext ctx, TaskKind kind, AttemptCall call) {
            this.ctx = ctx;
            this.orgId = ctx.orgId();
            this.kind = kind;
            this.call = call;
        }

        RoutedResponse through(RoutingPolicy policy, ChatRequest request) {
            List<String> missing = new ArrayList<>();
            for (ProviderRoute route : policy.chain()) {
                Optional<AiConnection> connection = connections.connection(orgId, route.configId());
                if (connection.isEmpty()) {
                    missing.add(route.configId());
                    attempts.add(
                            Attempt.skipped(route, CallOutcome.NO_CONNECTION, "No such endpoint, or it is disabled"));
                    continue;
                }
                Optional<RoutedResponse> answer = onRoute(route, connection.get(), route.apply(request));
                if (answer.isPresent()) {
                    return answer.get();
                }
            }
            if (missing.size() == policy.chain().size()) {
                throw NoProviderConfiguredException.noConnection(orgId, kind, missing);
            }
            throw Failures.exhausted(orgId, kind, last, attempts);
        }

        /** Tries one route up to maxAttempts times; empty means "go on to the next route". */
        private Optional<RoutedResponse> onRoute(ProviderRoute route, AiConnection connection, ChatRequest request) {
            Duration waited = Duration.ZERO;
            for (int n = 1; n <= retry.maxAttempts(); n++) {
                if (!breakers.tryAcquire(orgId, route.configId())) {
                    skipOpenCircuit(route);
                    return Optional.empty();
                }
                Instant started = clock.instant();
                ChatResponse response;
                try {
                    response = call.call(connection, request, route);
                } catch (AiProviderException e) {
                    breakers.failed(orgId, route.configId(), Duration.between(started, clock.instant()), e);
                    Optional<Duration> delay = afterFailure(route, n, waited, e);
                    if (delay.isEmpty()) {
                        return Optional.empty();
                    }
                    waited = delay.get();
                    sleep(waited);
                    continue;
                } catch (RuntimeException e) {
                    // Cancellation, or the stream listener failed: no verdict on the endpoint.
                    breakers.released(orgId, route.configId());
                    metering.recordFailure(ctx, kind, route, CallOutcome.CANCELLED);
                    throw e;
                }
                breakers.succeeded(orgId, route.configId(), Duration.between(started, clock.instant()));
                attempts.add(new Attempt(route, n, CallOutcome.SUCCESS, "", waited));
                Optional<BudgetWarning> warning = metering.recordSuccess(ctx, kind, route, response);
                return Optional.of(new RoutedResponse(response, route, attempts, warning));
            }
            return Optional.empty();
        }

        /**
         * Records a failed attempt and decides what comes next: an exception for the caller, the
         * wait before the next attempt on this route, or empty to leave the route.
         */
        private Optional<Duration> afterFailure(
                ProviderRoute route, int attempt, Duration waited, AiProviderException e) {
            last = e;
            CallOutcome outcome = CallOutcome.of(e.kind());
            metering.recordFailure(ctx, kind, route, outcome);
            if (call.committed()) {
                attempts.add(new Attempt(route, attempt, outcome, e.getMessage(), waited));
                throw Failures.afterOutput(kind, route, e, attempts);
            }
            Reaction reaction = Reaction.to(e.kind());
            boolean mayRetry = reaction == Reaction.RETRY_THEN_FALL_BACK && attempt < retry.maxAttempts();
            Optional<Duration> delay =
                    mayRetry ? retry.delayAfter(attempt, e.retryAfter().orElse(null)) : Optional.empty();
            String detail = mayRetry && delay.isEmpty()
                    ? e.getMessage() + " (asked to wait " + e.retryAfter().orElseThrow() + ", longer than the "
                            + retry.maxRetryAfter() + " the router waits: next route)"
                    : e.getMessage();
            attempts.add(new Attempt(route, attempt, outcome, detail, waited));
            if (reaction == Reaction.FAIL) {
                throw Failures.rejected(kind, route, e, attempts);
            }
            return delay;
        }

        private void skipOpenCircuit(ProviderRoute route) {
            Optional<AiProviderException> cause = breakers.lastError(orgId, route.configId());
            attempts.add(Attempt.skipped(
                    route,
                    CallOutcome.CIRCUIT_OPEN,
                    "Circuit open after repeated failures"
                            + cause.map(e -> "; last error: " + e.getMessage()).orElse("")));
            if (last == null) {
                last = cause.orElse(null);
            }
        }
    }

    private void sleep(Duration wait) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("The AI call was cancelled while waiting to retry");
        }
    }
}
