package com.gridvault.server.web.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gridvault.server.tenancy.Plan;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Bucket4j-backed limiter and the plan policy. */
class RateLimiterTest {

    @Test
    void aKeyGetsItsMinutesAllowanceAtOnceThenWaits() {
        RateLimiter limiter = new RateLimiter();
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.tryAcquire("user:a", 5)).as("request %d", i + 1).isEmpty();
        }
        Optional<Duration> wait = limiter.tryAcquire("user:a", 5);
        assertThat(wait).isPresent();
        // 5 per minute refill one request every 12 s
        assertThat(wait.get()).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(12));
    }

    @Test
    void keysAreIndependentAndARaisedAllowanceTakesEffectAtOnce() {
        RateLimiter limiter = new RateLimiter();
        assertThat(limiter.tryAcquire("user:a", 1)).isEmpty();
        assertThat(limiter.tryAcquire("user:a", 1)).isPresent();
        assertThat(limiter.tryAcquire("user:b", 1)).as("another user").isEmpty();
        assertThat(limiter.tryAcquire("user:a", 600))
                .as("after an upgrade to PRO")
                .isEmpty();
    }

    @Test
    void thePolicyNeedsAPositiveRateForEveryPlan() {
        assertThat(RateLimitPolicy.DEFAULT.forPlan(Plan.ENTERPRISE))
                .isGreaterThan(RateLimitPolicy.DEFAULT.forPlan(Plan.PRO))
                .isGreaterThan(RateLimitPolicy.DEFAULT.forPlan(Plan.FREE));
        assertThatThrownBy(() -> new RateLimitPolicy(Map.of(Plan.FREE, 10L, Plan.PRO, 10L), 5))
                .hasMessageContaining("ENTERPRISE");
        assertThatThrownBy(() -> new RateLimitPolicy(Map.of(Plan.FREE, 1L, Plan.PRO, 1L, Plan.ENTERPRISE, 1L), 0))
                .hasMessageContaining("anonymous");
    }
}
