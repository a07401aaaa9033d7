package com.gridvault.ai.router;

import com.gridvault.ai.router.budget.Budget;
import com.gridvault.ai.router.budget.BudgetLimit;
import com.gridvault.ai.router.budget.BudgetListener;
import com.gridvault.ai.router.budget.BudgetSource;
import com.gridvault.ai.router.budget.BudgetWarning;
import com.gridvault.ai.router.usage.CallOutcome;
import com.gridvault.ai.router.usage.PriceBook;
import com.gridvault.ai.router.usage.UsageLedger;
import com.gridvault.ai.router.usage.UsageRecord;
import com.gridvault.ai.router.usage.UsageTotals;
import com.gridvault.plugin.api.ai.ChatResponse;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Enforces budgets before calls and records usage and cost after each attempt. */
final class Metering {

    private static final Logger LOG = System.getLogger(Metering.class.getName());

    private final UsageLedger ledger;
    private final BudgetSource budgets;
    private final PriceBook prices;
    private final BudgetListener listener;
    private final Clock clock;
    /** The period start for which each (org, limit) was last announced to the listener. */
    private final Map<String, Instant> announced = new ConcurrentHashMap<>();

    Metering(UsageLedger ledger, BudgetSource budgets, PriceBook prices, BudgetListener listener, Clock clock) {
        this.ledger = ledger;
        this.budgets = budgets;
        this.prices = prices;
        this.listener = listener;
        this.clock = clock;
    }

    /**
     * Refuses the call when a hard limit is reached.
     *
     * @throws BudgetExceededException naming the limit and the end of the period
     */
    void checkHardLimits(String orgId) {
        Optional<Budget> budget = budgets.budget(orgId);
        if (budget.isEmpty()) {
            return;
        }
        Budget b = budget.get();
        Instant now = clock.instant();
        UsageTotals used = ledger.totals(orgId, b.period().start(now, clock.getZone()));
        Instant end = b.period().end(now, clock.getZone());
        if (b.hardTokens() > 0 && used.totalTokens() >= b.hardTokens()) {
            throw new BudgetExceededException(orgId, BudgetLimit.TOKENS, used, b, end);
        }
        if (b.hardCost() != null && used.cost().compareTo(b.hardCost()) >= 0) {
            throw new BudgetExceededException(orgId, BudgetLimit.COST, used, b, end);
        }
    }

    /** Records a successful call and returns the soft-limit warning that now applies, if any. */
    Optional<BudgetWarning> recordSuccess(CallContext ctx, TaskKind kind, ProviderRoute route, ChatResponse response) {
        String model = response.model().isEmpty() ? route.model() : response.model();
        long prompt = response.usage().promptTokens();
        long completion = response.usage().completionTokens();
        BigDecimal cost = model == null
                ? BigDecimal.ZERO
                : prices.price(route.configId(), model)
                        .map(p -> p.cost(prompt, completion))
                        .orElse(BigDecimal.ZERO);
        ledger.record(new UsageRecord(
                ctx.orgId(),
                ctx.userId(),
                route.configId(),
                model,
                kind,
                prompt,
                completion,
                cost,
                clock.instant(),
                CallOutcome.SUCCESS));
        return softWarning(ctx.orgId());
    }

    /** Records a failed or cancelled attempt: no tokens, no cost. */
    void recordFailure(CallContext ctx, TaskKind kind, ProviderRoute route, CallOutcome outcome) {
        ledger.record(new UsageRecord(
                ctx.orgId(),
                ctx.userId(),
                route.configId(),
                route.model(),
                kind,
                0,
                0,
                BigDecimal.ZERO,
                clock.instant(),
                outcome));
    }

    private Optional<BudgetWarning> softWarning(String orgId) {
        Optional<Budget> budget = budgets.budget(orgId);
        if (budget.isEmpty()) {
            return Optional.empty();
        }
        Budget b = budget.get();
        Instant now = clock.instant();
        Instant start = b.period().start(now, clock.getZone());
        UsageTotals used = ledger.totals(orgId, start);
        Instant end = b.period().end(now, clock.getZone());
        BudgetWarning warning = null;
        if (b.softCost() != null && used.cost().compareTo(b.softCost()) >= 0) {
            warning = announce(new BudgetWarning(orgId, BudgetLimit.COST, used, b, end), start);
        }
        if (b.softTokens() > 0 && used.totalTokens() >= b.softTokens()) {
            warning = announce(new BudgetWarning(orgId, BudgetLimit.TOKENS, used, b, end), start);
        }
        return Optional.ofNullable(warning);
    }

    /** Tells the listener once per organization, limit and period. */
    private BudgetWarning announce(BudgetWarning warning, Instant periodStart) {
        String key = warning.orgId() + '\u0000' + warning.limit();
        if (!periodStart.equals(announced.put(key, periodStart))) {
            try {
                listener.softLimitCrossed(warning);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Budget listener failed for organization " + warning.orgId(), e);
            }
        }
        return warning;
    }
}
