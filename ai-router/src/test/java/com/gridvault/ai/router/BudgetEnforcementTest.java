package com.gridvault.ai.router;

import static com.gridvault.ai.router.RouterFixture.CTX;
import static com.gridvault.ai.router.RouterFixture.ORG;
import static com.gridvault.ai.router.RouterFixture.hello;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.gridvault.ai.router.budget.Budget;
import com.gridvault.ai.router.budget.BudgetLimit;
import com.gridvault.ai.router.budget.BudgetWarning;
import com.gridvault.ai.router.usage.CallOutcome;
import com.gridvault.ai.router.usage.ModelPrice;
import com.gridvault.ai.router.usage.PriceBook;
import com.gridvault.ai.router.usage.UsageRecord;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class BudgetEnforcementTest {

    private final RouterFixture f = new RouterFixture();
    private final List<BudgetWarning> heard = new CopyOnWriteArrayList<>();

    @Test
    void aReachedHardTokenLimitRefusesBeforeAnyCall() {
        ScriptedConnection primary = f.connection("primary").thenAnswer("ok", 1, 1);
        f.policy(TaskKind.CHAT, ProviderRoute.of("primary"));
        f.budgets = org -> Optional.of(Budget.monthlyTokens(0, 1000));
        usedEarlierThisMonth(600, 400, BigDecimal.ZERO);
        AiRouter router = f.router();

        BudgetExceededException e =
                catchThrowableOfType(BudgetExceededException.class, () -> router.chat(CTX, TaskKind.CHAT, hello()));

        assertThat(e.limit()).isEqualTo(BudgetLimit.TOKENS);
        assertThat(e.used().totalTokens()).isEqualTo(1000);
        assertThat(e.periodEnd()).isEqualTo("2026-12-01T00:00:00Z");
        assertThat(e.getMessage()).contains("1000 tokens").contains("2026-12-01T00:00:00Z");
        assertThat(primary.calls()).isZero();
        assertThatStreamIsRefusedToo(router);
    }

    @Test
    void aReachedHardCostLimitRefusesBeforeAnyCall() {
        ScriptedConnection primary = f.connection("primary").thenAnswer("ok", 1, 1);
        f.policy(TaskKind.CHAT, ProviderRoute.of("primary"));
        f.budgets = org -> Optional.of(Budget.monthlyCost(null, new BigDecimal("20.00")));
        usedEarlierThisMonth(10, 10, new BigDecimal("20.00"));
        AiRouter router = f.router();

        BudgetExceededException e =
                catchThrowableOfType(BudgetExceededException.class, () -> router.chat(CTX, TaskKind.CHAT, hello()));

        assertThat(e.limit()).isEqualTo(BudgetLimit.COST);
        assertThat(primary.calls()).isZero();
    }

    @Test
    void usageOfLastMonthDoesNotCount() {
        f.connection("primary").thenAnswer("ok", 1, 1);
        f.policy(TaskKind.CHAT, ProviderRoute.of("primary"));
        f.budgets = org -> Optional.of(Budget.monthlyTokens(0, 1000));
        f.ledger.record(record(5000, 0, BigDecimal.ZERO, Instant.parse("2026-10-31T23:59:59Z")));

        assertThat(f.router().chat(CTX, TaskKind.CHAT, hello()).content()).isEqualTo("ok");
    }

    @Test
    void crossingTheSoftLimitWarnsOnEveryResponseAndTheListenerOncePerPeriod() {
        f.connection("primary").thenAnswer("ok", 60, 40);
        f.policy(TaskKind.CHAT, ProviderRoute.of("primary"));
        f.budgets = org -> Optional.of(Budget.monthlyTokens(150, 10_000));
        f.budgetListener = heard::add;
        AiRouter router = f.router();

        RoutedResponse first = router.chat(CTX, TaskKind.CHAT, hello()); // 100 tokens: below 150
        RoutedResponse second = router.chat(CTX, TaskKind.CHAT, hello()); // 200: crossed
        RoutedResponse third = router.chat(CTX, TaskKind.CHAT, hello()); // 300: still crossed

        assertThat(first.budgetWarning()).isEmpty();
        assertThat(second.budgetWarning()).hasValueSatisfying(w -> {
            assertThat(w.limit()).isEqualTo(BudgetLimit.TOKENS);
            assertThat(w.used().totalTokens()).isEqualTo(200);
            assertThat(w.periodEnd()).isEqualTo("2026-12-01T00:00:00Z");
            assertThat(w.message()).contains("200 of a soft limit of 150 tokens");
        });
        assertThat(third.budgetWarning()).isPresent();
        assertThat(heard).hasSize(1);

        f.clock.set(Instant.parse("2026-12-02T09:00:00Z"));
        router.chat(CTX, TaskKind.CHAT, hello()); // 100 in December
        RoutedResponse december = router.chat(CTX, TaskKind.CHAT, hello()); // 200 in December

        assertThat(december.budgetWarning()).isPresent();
        assertThat(heard).hasSize(2);
        assertThat(heard.get(1).periodEnd()).isEqualTo("2027-01-01T00:00:00Z");
    }

    @Test
    void aFailingListenerDoesNotFailTheCall() {
        f.connection("primary").thenAnswer("ok", 100, 100);
        f.policy(TaskKind.CHAT, ProviderRoute.of("primary"));
        f.budgets = org -> Optional.of(Budget.monthlyTokens(10, 0));
        f.budgetListener = w -> {
            throw new IllegalStateException("mail server down");
        };

        assertThat(f.router().chat(CTX, TaskKind.CHAT, hello()).budgetWarning()).isPresent();
    }

    @Test
    void theCostOfEachCallComesFromThePriceBook() {
        f.connection("primary").thenAnswer("ok", 1000, 500);
        f.policy(TaskKind.CHAT, ProviderRoute.of("primary"));
        f.prices = PriceBook.byModel(Map.of("model-of-test", ModelPrice.of("0.15", "0.60")));

        f.router().chat(CTX, TaskKind.CHAT, hello());

        // 1000 * 0.15 / 1e6 + 500 * 0.60 / 1e6 = 0.00015 + 0.00030
        assertThat(f.ledger.records()).singleElement().satisfies(r -> {
            assertThat(r.cost()).isEqualByComparingTo("0.00045");
            assertThat(r.outcome()).isEqualTo(CallOutcome.SUCCESS);
            assertThat(r.at()).isEqualTo(f.clock.instant());
        });
        assertThat(f.ledger.totals(ORG, Instant.EPOCH).cost()).isEqualByComparingTo("0.00045");
    }

    @Test
    void crossingTheSoftCostLimitWarnsWithTheCost() {
        f.connection("primary").thenAnswer("ok", 1_000_000, 0);
        f.policy(TaskKind.CHAT, ProviderRoute.of("primary"));
        f.prices = (configId, model) -> Optional.of(ModelPrice.of("2.50", "10.00"));
        f.budgets = org -> Optional.of(Budget.monthlyCost(new BigDecimal("2.00"), new BigDecimal("100")));

        RoutedResponse answer = f.router().chat(CTX, TaskKind.CHAT, hello());

        assertThat(answer.budgetWarning()).hasValueSatisfying(w -> {
            assertThat(w.limit()).isEqualTo(BudgetLimit.COST);
            assertThat(w.used().cost()).isEqualByComparingTo("2.50");
        });
    }

    private void assertThatStreamIsRefusedToo(AiRouter router) {
        BudgetExceededException e = catchThrowableOfType(
                BudgetExceededException.class, () -> router.stream(CTX, TaskKind.CHAT, hello(), d -> {}));
        assertThat(e.limit()).isEqualTo(BudgetLimit.TOKENS);
    }

    private void usedEarlierThisMonth(long prompt, long completion, BigDecimal cost) {
        f.ledger.record(record(prompt, completion, cost, Instant.parse("2026-11-02T08:00:00Z")));
    }

    private static UsageRecord record(long prompt, long completion, BigDecimal cost, Instant at) {
        return new UsageRecord(
                ORG, "bob", "primary", "m", TaskKind.CHAT, prompt, completion, cost, at, CallOutcome.SUCCESS);
    }
}
