package com.gridvault.ai.router.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class BudgetsTest {

    @Test
    void aMonthStartsAndEndsAtMidnightOfTheClocksZone() {
        Instant midFebruary = Instant.parse("2026-02-15T12:00:00Z");

        assertThat(BudgetPeriod.MONTHLY.start(midFebruary, ZoneOffset.UTC)).isEqualTo("2026-02-01T00:00:00Z");
        assertThat(BudgetPeriod.MONTHLY.end(midFebruary, ZoneOffset.UTC)).isEqualTo("2026-03-01T00:00:00Z");
        // Berlin is UTC+1 in winter: its months start one hour earlier in UTC.
        assertThat(BudgetPeriod.MONTHLY.start(midFebruary, ZoneId.of("Europe/Berlin")))
                .isEqualTo("2026-01-31T23:00:00Z");
    }

    @Test
    void decemberEndsInJanuaryOfTheNextYear() {
        assertThat(BudgetPeriod.MONTHLY.end(Instant.parse("2026-12-31T23:59:59Z"), ZoneOffset.UTC))
                .isEqualTo("2027-01-01T00:00:00Z");
    }

    @Test
    void limitsAreValidated() {
        assertThatThrownBy(() -> Budget.monthlyTokens(2000, 1000))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("soft token limit");
        assertThatThrownBy(() -> Budget.monthlyCost(new BigDecimal("10"), new BigDecimal("5")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("soft cost limit");
        assertThatThrownBy(() -> Budget.monthlyTokens(-1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Budget.monthlyTokens(0, 1000).softTokens()).isZero();
    }
}
