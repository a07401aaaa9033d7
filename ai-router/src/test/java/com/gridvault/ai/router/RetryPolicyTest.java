package com.gridvault.ai.router;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy =
            new RetryPolicy(5, Duration.ofMillis(500), 2.0, Duration.ofSeconds(3), Duration.ofSeconds(30));

    @Test
    void backoffDoublesUpToTheCap() {
        assertThat(policy.delayAfter(1, null)).contains(Duration.ofMillis(500));
        assertThat(policy.delayAfter(2, null)).contains(Duration.ofSeconds(1));
        assertThat(policy.delayAfter(3, null)).contains(Duration.ofSeconds(2));
        assertThat(policy.delayAfter(4, null)).contains(Duration.ofSeconds(3));
        assertThat(policy.delayAfter(60, null)).contains(Duration.ofSeconds(3));
    }

    @Test
    void retryAfterIsHonouredExactlyUpToTheCapAndOtherwiseMeansNextRoute() {
        assertThat(policy.delayAfter(1, Duration.ofSeconds(7))).contains(Duration.ofSeconds(7));
        assertThat(policy.delayAfter(1, Duration.ofSeconds(30))).contains(Duration.ofSeconds(30));
        assertThat(policy.delayAfter(1, Duration.ofSeconds(31))).isEmpty();
        assertThat(policy.delayAfter(1, Duration.ZERO)).contains(Duration.ZERO);
    }

    @Test
    void invalidValuesAreRejected() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, 1, Duration.ZERO, Duration.ZERO))
                .hasMessageContaining("maxAttempts");
        assertThatThrownBy(() -> new RetryPolicy(1, Duration.ZERO, 0.5, Duration.ZERO, Duration.ZERO))
                .hasMessageContaining("multiplier");
        assertThatThrownBy(() -> new RetryPolicy(1, Duration.ofSeconds(-1), 1, Duration.ZERO, Duration.ZERO))
                .hasMessageContaining("initialBackoff");
        assertThatThrownBy(() -> policy.delayAfter(0, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
