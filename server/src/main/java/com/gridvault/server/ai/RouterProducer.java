package com.gridvault.server.ai;

import com.gridvault.ai.router.AiRouter;
import com.gridvault.ai.router.ProviderRoute;
import com.gridvault.ai.router.RoutingPolicy;
import com.gridvault.ai.router.TaskKind;
import com.gridvault.ai.router.budget.Budget;
import com.gridvault.ai.router.budget.BudgetPeriod;
import com.gridvault.ai.router.usage.UsageLedger;
import com.gridvault.ai.router.usage.UsageRecord;
import com.gridvault.ai.router.usage.UsageTotals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The appliance's {@link AiRouter}, backed by the organizations' stored settings: connections from
 * {@link AiProviders}, chains from the routing policies (a task kind without its own policy uses
 * the CHAT policy, and without any policy every configured endpoint in creation order), the JPA usage
 * ledger, budgets and per-configuration prices.
 */
@ApplicationScoped
public class RouterProducer {

    private static final Logger LOG = System.getLogger(RouterProducer.class.getName());

    @Inject
    AiProviders providers;

    @Inject
    AiSettingsRepository settings;

    @Produces
    @Singleton
    AiRouter router() {
        return AiRouter.builder()
                .connections(providers::connection)
                .policies(this::policy)
                .ledger(new UsageLedger() {
                    @Override
                    public void record(UsageRecord record) {
                        settings.record(record);
                    }

                    @Override
                    public UsageTotals totals(String orgId, Instant since) {
                        return settings.totals(orgId, since);
                    }
                })
                .budgets(orgId -> settings.budget(orgId).map(RouterProducer::budget))
                .budgetListener(warning -> LOG.log(Level.WARNING, warning.message()))
                .prices((configId, model) -> providers.price(configId))
                .build();
    }

    void close(@Disposes AiRouter router) {
        router.close();
    }

    Optional<RoutingPolicy> policy(String orgId, TaskKind kind) {
        Optional<List<java.util.Map.Entry<String, String>>> chain =
                settings.chain(orgId, kind).or(() -> settings.chain(orgId, TaskKind.CHAT));
        List<ProviderRoute> routes = chain.map(c -> c.stream()
                        .map(e -> e.getValue().isBlank()
                                ? ProviderRoute.of(e.getKey())
                                : ProviderRoute.of(e.getKey(), e.getValue()))
                        .toList())
                .orElseGet(() -> settings.configs(orgId).stream()
                        .map(c -> ProviderRoute.of(c.id()))
                        .toList());
        return routes.isEmpty() ? Optional.empty() : Optional.of(new RoutingPolicy(kind, routes));
    }

    private static Budget budget(AiBudgetView b) {
        return new Budget(b.softTokens(), b.hardTokens(), b.softCost(), b.hardCost(), BudgetPeriod.MONTHLY);
    }
}
