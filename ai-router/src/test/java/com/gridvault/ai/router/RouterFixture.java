package com.gridvault.ai.router;

import com.gridvault.ai.router.budget.BudgetListener;
import com.gridvault.ai.router.budget.BudgetSource;
import com.gridvault.ai.router.usage.InMemoryUsageLedger;
import com.gridvault.ai.router.usage.PriceBook;
import com.gridvault.plugin.api.ai.AiConnection;
import com.gridvault.plugin.api.ai.ChatMessage;
import com.gridvault.plugin.api.ai.ChatRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Builds routers over scripted connections, a fake clock and a fake sleeper. */
final class RouterFixture {

    static final String ORG = "acme";
    static final CallContext CTX = CallContext.of(ORG, "alice");

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T10:00:00Z"));
    final FakeSleeper sleeper = new FakeSleeper(clock);
    final InMemoryUsageLedger ledger = new InMemoryUsageLedger();
    final Map<String, AiConnection> connections = new HashMap<>();
    final Map<TaskKind, RoutingPolicy> policies = new HashMap<>();
    BudgetSource budgets = BudgetSource.NONE;
    BudgetListener budgetListener = BudgetListener.NONE;
    PriceBook prices = PriceBook.NONE;
    RouterSettings settings = new RouterSettings(
            new RetryPolicy(3, Duration.ofSeconds(1), 2.0, Duration.ofSeconds(10), Duration.ofSeconds(30)),
            CircuitSettings.DEFAULT,
            Duration.ofSeconds(5));

    ScriptedConnection connection(String configId) {
        ScriptedConnection connection = new ScriptedConnection(configId);
        connections.put(configId, connection);
        return connection;
    }

    RouterFixture policy(TaskKind kind, ProviderRoute primary, ProviderRoute... fallbacks) {
        policies.put(kind, RoutingPolicy.of(kind, primary, fallbacks));
        return this;
    }

    AiRouter router() {
        return AiRouter.builder()
                .connections((org, id) -> org.equals(ORG) ? Optional.ofNullable(connections.get(id)) : Optional.empty())
                .policies((org, kind) -> org.equals(ORG) ? Optional.ofNullable(policies.get(kind)) : Optional.empty())
                .ledger(ledger)
                .budgets(budgets)
                .budgetListener(budgetListener)
                .prices(prices)
                .clock(clock)
                .sleeper(sleeper)
                .settings(settings)
                .build();
    }

    static ChatRequest hello() {
        return ChatRequest.builder().message(ChatMessage.user("Hello")).build();
    }
}
