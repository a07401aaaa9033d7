package com.gridvault.ai.router;

import com.gridvault.ai.router.budget.BudgetListener;
import com.gridvault.ai.router.budget.BudgetSource;
import com.gridvault.ai.router.usage.PriceBook;
import com.gridvault.ai.router.usage.UsageLedger;
import com.gridvault.plugin.api.ai.ChatRequest;
import com.gridvault.plugin.api.ai.ChatStreamListener;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends an organization's chat requests to its AI endpoints: along the {@link RoutingPolicy} chain
 * for the task kind, with retries, fallbacks, circuit breakers, a call timeout, budgets and a usage
 * record for every call. Thread-safe; one instance serves the whole appliance.
 *
 * <h2>Reaction to provider failures</h2>
 *
 * <table>
 *   <caption>What happens after an {@link com.gridvault.plugin.api.ai.AiProviderException}</caption>
 *   <tr><th>Kind</th><th>Same route again?</th><th>Next route?</th><th>Counts against the
 *   circuit?</th></tr>
 *   <tr><td>RATE_LIMITED</td><td>yes, after exactly its Retry-After when that is at most {@link
 *   RetryPolicy#maxRetryAfter()}; when it asks for longer, no (no wait at all); without
 *   Retry-After, after the exponential backoff</td><td>yes</td><td>yes</td></tr>
 *   <tr><td>TIMEOUT, UNAVAILABLE</td><td>yes, after the exponential backoff (or
 *   Retry-After)</td><td>yes</td><td>yes</td></tr>
 *   <tr><td>AUTHENTICATION</td><td>no: the key will not get better</td><td>yes</td><td>yes</td></tr>
 *   <tr><td>BAD_REQUEST, CONTEXT_TOO_LONG, CONTENT_FILTERED</td><td>no</td><td>no: another
 *   endpoint would reject the same request; the caller gets a {@link RoutingFailedException} at
 *   once</td><td>no (the endpoint answered)</td></tr>
 * </table>
 *
 * <p>A route is tried at most {@link RetryPolicy#maxAttempts()} times. A route whose circuit is
 * open is skipped without a call, as is a route whose endpoint has no connection. When every route
 * failed or was skipped, the caller gets a {@link RoutingFailedException} with the last provider
 * error's kind and message; when the organization has no policy, an empty chain or no existing
 * endpoint at all, a {@link NoProviderConfiguredException}.
 *
 * <h2>Budgets and usage</h2>
 *
 * Before each request the organization's usage in the current budget period (per the router's
 * {@link Clock}) is compared with its hard limits; when one is reached the request is refused with a
 * {@link BudgetExceededException} before any provider is called. Concurrent requests may overshoot a
 * hard limit by the requests already running. Every call is recorded in the {@link UsageLedger}:
 * successes with their tokens and cost per the {@link PriceBook}, failures and cancellations with
 * zero tokens. After a success past a soft limit the response carries a {@link
 * com.gridvault.ai.router.budget.BudgetWarning}, and the {@link BudgetListener} hears of it once per
 * organization, limit and period.
 *
 * <h2>Streams</h2>
 *
 * {@link #stream} retries and falls back only until the first delta reached the caller's listener;
 * a failure after that is surfaced, never restarted on another route (the caller would see the
 * answer twice).
 */
public final class AiRouter implements AutoCloseable {

    private final PolicySource policies;
    private final Metering metering;
    private final Breakers breakers;
    private final ChainRunner runner;
    private final RouterSettings settings;
    private final ExecutorService executor;
    private final boolean ownsExecutor;

    private AiRouter(Builder b) {
        this.policies = Objects.requireNonNull(b.policies, "policies");
        Objects.requireNonNull(b.connections, "connections");
        Objects.requireNonNull(b.ledger, "ledger");
        this.settings = b.settings;
        this.metering = new Metering(b.ledger, b.budgets, b.prices, b.budgetListener, b.clock);
        this.breakers = new Breakers(b.settings.circuit(), b.clock);
        this.runner = new ChainRunner(b.connections, breakers, metering, b.settings.retry(), b.sleeper, b.clock);
        this.ownsExecutor = b.executor == null;
        this.executor = ownsExecutor ? Executors.newCachedThreadPool(new DaemonThreads()) : b.executor;
    }

    /**
     * Starts a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Sends a request and waits for the whole answer.
     *
     * @param ctx the calling organization and user
     * @param kind the task kind, which selects the organization's policy
     * @param request the request; each route may replace its model
     * @return the answer, the route that gave it, every attempt, and any budget warning
     * @throws NoProviderConfiguredException when the organization has no usable endpoint for the kind
     * @throws BudgetExceededException when a hard budget limit is reached
     * @throws RoutingFailedException when the request failed (see the table above)
     * @throws java.util.concurrent.CancellationException when the calling thread was interrupted
     */
    public RoutedResponse chat(CallContext ctx, TaskKind kind, ChatRequest request) {
        RoutingPolicy policy = admit(ctx, kind, request);
        return runner.run(ctx, kind, policy, request, new ChatCall(executor, settings.callTimeout()));
    }

    /**
     * Starts a streamed request. Deltas reach {@code listener} in order, one at a time, from one
     * route only; the call itself runs on the router's threads.
     *
     * @param ctx the calling organization and user
     * @param kind the task kind, which selects the organization's policy
     * @param request the request; each route may replace its model
     * @param listener receives the deltas; if it throws, the stream stops and {@link
     *     RoutedStream#result()} fails with that exception
     * @return the running stream; its result fails with the exceptions {@link #chat} throws, except
     *     the two below
     * @throws NoProviderConfiguredException when the organization has no policy for the kind
     * @throws BudgetExceededException when a hard budget limit is reached
     */
    public RoutedStream stream(CallContext ctx, TaskKind kind, ChatRequest request, ChatStreamListener listener) {
        Objects.requireNonNull(listener, "listener");
        RoutingPolicy policy = admit(ctx, kind, request);
        StreamRun run = new StreamRun(listener, settings.callTimeout());
        run.start(executor, () -> runner.run(ctx, kind, policy, request, run));
        return run;
    }

    /**
     * Returns the state of the circuit of one organization's endpoint, for an admin console.
     *
     * @param orgId the organization
     * @param configId the endpoint
     * @return the state; {@link CircuitState#CLOSED} for an endpoint never called
     */
    public CircuitState circuitState(String orgId, String configId) {
        return breakers.state(orgId, configId);
    }

    /** Stops the router's own threads (not an executor passed to the builder); running calls end. */
    @Override
    public void close() {
        if (ownsExecutor) {
            executor.shutdownNow();
        }
    }

    private RoutingPolicy admit(CallContext ctx, TaskKind kind, ChatRequest request) {
        Objects.requireNonNull(ctx, "ctx");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(request, "request");
        RoutingPolicy policy = policies.policy(ctx.orgId(), kind)
                .filter(p -> !p.chain().isEmpty())
                .orElseThrow(() -> NoProviderConfiguredException.noPolicy(ctx.orgId(), kind));
        metering.checkHardLimits(ctx.orgId());
        return policy;
    }

    /** Configures an {@link AiRouter}; not thread-safe. */
    public static final class Builder {
        private ConnectionSource connections;
        private PolicySource policies;
        private UsageLedger ledger;
        private BudgetSource budgets = BudgetSource.NONE;
        private BudgetListener budgetListener = BudgetListener.NONE;
        private PriceBook prices = PriceBook.NONE;
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.SYSTEM;
        private RouterSettings settings = RouterSettings.DEFAULT;
        private ExecutorService executor;

        private Builder() {}

        /**
         * Sets where connections come from (required).
         *
         * @param connections the source
         * @return this builder
         */
        public Builder connections(ConnectionSource connections) {
            this.connections = connections;
            return this;
        }

        /**
         * Sets where routing policies come from (required).
         *
         * @param policies the source
         * @return this builder
         */
        public Builder policies(PolicySource policies) {
            this.policies = policies;
            return this;
        }

        /**
         * Sets where usage is recorded and summed (required).
         *
         * @param ledger the ledger
         * @return this builder
         */
        public Builder ledger(UsageLedger ledger) {
            this.ledger = ledger;
            return this;
        }

        /**
         * Sets where budgets come from; default: no budgets.
         *
         * @param budgets the source
         * @return this builder
         */
        public Builder budgets(BudgetSource budgets) {
            this.budgets = Objects.requireNonNull(budgets, "budgets");
            return this;
        }

        /**
         * Sets who hears of crossed soft limits; default: nobody.
         *
         * @param budgetListener the listener
         * @return this builder
         */
        public Builder budgetListener(BudgetListener budgetListener) {
            this.budgetListener = Objects.requireNonNull(budgetListener, "budgetListener");
            return this;
        }

        /**
         * Sets the model prices; default: every call costs zero.
         *
         * @param prices the price book
         * @return this builder
         */
        public Builder prices(PriceBook prices) {
            this.prices = Objects.requireNonNull(prices, "prices");
            return this;
        }

        /**
         * Sets the clock for budget periods, usage times and circuit durations; default: UTC system
         * clock. Its zone decides where a month starts.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Sets how the router waits between retries; default: {@link Sleeper#SYSTEM}.
         *
         * @param sleeper the sleeper
         * @return this builder
         */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return this;
        }

        /**
         * Sets retry, circuit and timeout settings; default: {@link RouterSettings#DEFAULT}.
         *
         * @param settings the settings
         * @return this builder
         */
        public Builder settings(RouterSettings settings) {
            this.settings = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /**
         * Sets the threads that run calls (to enforce timeouts) and streams; default: the router's
         * own cached pool of daemon threads, stopped by {@link AiRouter#close()}. A bounded pool must
         * have a thread per concurrent call.
         *
         * @param executor the executor, or null for the router's own
         * @return this builder
         */
        public Builder executor(ExecutorService executor) {
            this.executor = executor;
            return this;
        }

        /**
         * Builds the router.
         *
         * @return the router
         * @throws NullPointerException when connections, policies or ledger are missing
         */
        public AiRouter build() {
            return new AiRouter(this);
        }
    }

    private static final class DaemonThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "gridvault-ai-router-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
