package com.gridvault.ai.router.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gridvault.ai.router.TaskKind;
import com.gridvault.plugin.api.ai.AiProviderException.Kind;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UsageTest {

    private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");

    @Test
    void priceIsTokensTimesPricePerMillionWithoutRounding() {
        // 123 * 0.15 / 1e6 + 7 * 0.60 / 1e6 = 0.00001845 + 0.0000042 = 0.00002265
        assertThat(ModelPrice.of("0.15", "0.60").cost(123, 7)).isEqualByComparingTo("0.00002265");
        assertThat(ModelPrice.of("3", "15").cost(1_000_000, 1_000_000)).isEqualByComparingTo("18");
        assertThatThrownBy(() -> ModelPrice.of("-1", "0")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void priceBookMatchesDatedModelIdsToTheLongestUndatedEntry() {
        PriceBook book = PriceBook.byModel(Map.of(
                "gpt-4o", ModelPrice.of("2.50", "10"),
                "gpt-4o-mini", ModelPrice.of("0.15", "0.60")));

        assertThat(book.price("any", "gpt-4o-mini-2024-07-18")).contains(ModelPrice.of("0.15", "0.60"));
        assertThat(book.price("any", "gpt-4o-2024-08-06")).contains(ModelPrice.of("2.50", "10"));
        assertThat(book.price("any", "gpt-4o")).contains(ModelPrice.of("2.50", "10"));
        assertThat(book.price("any", "llama3")).isEmpty();
    }

    @Test
    void ledgerSumsOneOrganizationFromTheStartOfThePeriod() {
        InMemoryUsageLedger ledger = new InMemoryUsageLedger();
        ledger.record(record("acme", 10, 5, "0.01", T0.minusSeconds(1), CallOutcome.SUCCESS));
        ledger.record(record("acme", 100, 50, "0.10", T0, CallOutcome.SUCCESS));
        ledger.record(record("acme", 0, 0, "0", T0.plusSeconds(5), CallOutcome.RATE_LIMITED));
        ledger.record(record("other", 1000, 500, "1", T0.plusSeconds(5), CallOutcome.SUCCESS));

        UsageTotals totals = ledger.totals("acme", T0);

        assertThat(totals.promptTokens()).isEqualTo(100);
        assertThat(totals.completionTokens()).isEqualTo(50);
        assertThat(totals.totalTokens()).isEqualTo(150);
        assertThat(totals.cost()).isEqualByComparingTo("0.10");
        assertThat(totals.calls()).isEqualTo(2);
        assertThat(totals.failedCalls()).isEqualTo(1);
        assertThat(ledger.totals("nobody", T0)).isEqualTo(UsageTotals.ZERO);
        assertThat(ledger.records()).hasSize(4);
    }

    @Test
    void outcomesMirrorProviderKinds() {
        for (Kind kind : Kind.values()) {
            assertThat(CallOutcome.of(kind).name()).isEqualTo(kind.name());
            assertThat(CallOutcome.of(kind).called()).isTrue();
        }
        assertThat(CallOutcome.CIRCUIT_OPEN.called()).isFalse();
        assertThat(CallOutcome.NO_CONNECTION.called()).isFalse();
    }

    @Test
    void recordsRejectNegativeAmounts() {
        assertThatThrownBy(() -> record("acme", -1, 0, "0", T0, CallOutcome.SUCCESS))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> record("acme", 0, 0, "-0.01", T0, CallOutcome.SUCCESS))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static UsageRecord record(
            String org, long prompt, long completion, String cost, Instant at, CallOutcome outcome) {
        return new UsageRecord(
                org, "u", "cfg", "m", TaskKind.CHAT, prompt, completion, new BigDecimal(cost), at, outcome);
    }
}
