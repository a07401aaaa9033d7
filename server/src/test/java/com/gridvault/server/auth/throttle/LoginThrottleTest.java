package com.gridvault.server.auth.throttle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = new LoginThrottle(LoginThrottle.Policy.DEFAULT, clock);

    @Test
    void fiveFailuresLockTheAccountForFifteenMinutes() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("Ada", "10.0.0.1");
        }
        assertThat(throttle.retryAfter("ada", "10.0.0.2")).isEmpty();
        throttle.failed("ada", "10.0.0.3");
        assertThat(throttle.retryAfter("ADA", "10.0.0.9")).contains(Duration.ofMinutes(15));
        clock.advance(Duration.ofMinutes(14));
        assertThat(throttle.retryAfter("ada", "10.0.0.9")).contains(Duration.ofMinutes(1));
        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.retryAfter("ada", "10.0.0.9")).isEmpty();
        assertThat(throttle.retryAfter("bob", "10.0.0.9"))
                .as("other accounts are unaffected")
                .isEmpty();
    }

    @Test
    void anAddressGuessingManyAccountsIsLocked() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("user" + i, "203.0.113.7");
        }
        assertThat(throttle.retryAfter("someone-else", "203.0.113.7")).isPresent();
        assertThat(throttle.retryAfter("someone-else", "203.0.113.8")).isEmpty();
    }

    @Test
    void failuresOutsideTheWindowDoNotAccumulateAndSuccessResets() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("ada", "10.0.0.1");
        }
        clock.advance(Duration.ofMinutes(16));
        throttle.failed("ada", "10.0.0.1");
        assertThat(throttle.retryAfter("ada", "10.0.0.1")).isEmpty();
        for (int i = 0; i < 3; i++) {
            throttle.failed("ada", "10.0.0.1");
        }
        throttle.succeeded("ada");
        throttle.failed("ada", "10.0.0.1");
        assertThat(throttle.retryAfter("ada", "10.0.0.1")).isEmpty();
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-01-05T09:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
