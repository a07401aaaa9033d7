package com.gridvault.ai.assistant;

import com.gridvault.ai.router.AiRouter;
import com.gridvault.ai.router.CallContext;
import com.gridvault.ai.router.CircuitSettings;
import com.gridvault.ai.router.ProviderRoute;
import com.gridvault.ai.router.RetryPolicy;
import com.gridvault.ai.router.RouterSettings;
import com.gridvault.ai.router.RoutingPolicy;
import com.gridvault.ai.router.TaskKind;
import com.gridvault.ai.router.usage.InMemoryUsageLedger;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** A real {@link AiRouter} whose every task kind goes to one scripted endpoint, {@code main}. */
public final class AssistantFixture {

    public static final String ORG = "acme";
    public static final CallContext CTX = CallContext.of(ORG, "alice");

    public final ScriptedConnection connection = new ScriptedConnection();
    public final InMemoryUsageLedger ledger = new InMemoryUsageLedger();

    public AiRouter router() {
        return AiRouter.builder()
                .connections(
                        (org, id) -> ORG.equals(org) && "main".equals(id) ? Optional.of(connection) : Optional.empty())
                .policies((org, kind) -> Optional.of(RoutingPolicy.of(kind, ProviderRoute.of("main", "gpt-4o"))))
                .ledger(ledger)
                .settings(new RouterSettings(RetryPolicy.noRetry(), CircuitSettings.DEFAULT, Duration.ofSeconds(5)))
                .build();
    }

    /** The task kinds the ledger recorded, in call order. */
    public List<TaskKind> kinds() {
        return ledger.records().stream().map(r -> r.kind()).toList();
    }
}
