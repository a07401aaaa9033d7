package com.gridvault.server.auth.throttle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed sign-ins per account and per client address in a sliding window and locks either
 * out for a while once it has too many; while locked, even the right password is refused, so a
 * guesser learns nothing. State is per node; a locked account is reported with when to retry.
 */
public final class LoginThrottle {

    /**
     * The policy.
     *
     * @param maxFailuresPerAccount failures within the window that lock an account
     * @param maxFailuresPerAddress failures within the window that lock a client address
     * @param window how far back failures count
     * @param lockout how long a lock lasts
     */
    public record Policy(int maxFailuresPerAccount, int maxFailuresPerAddress, Duration window, Duration lockout) {
        /** Five failures per account, twenty per address, in fifteen minutes lock for fifteen minutes. */
        public static final Policy DEFAULT = new Policy(5, 20, Duration.ofMinutes(15), Duration.ofMinutes(15));
    }

    private record Counter(int failures, Instant windowStart, Instant lockedUntil) {}

    private final Policy policy;
    private final Clock clock;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    public LoginThrottle(Policy policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
    }

    /** How long the caller must wait before trying again, or empty when it may try now. */
    public Optional<Duration> retryAfter(String username, String address) {
        Instant now = clock.instant();
        return lockedFor(accountKey(username), now).or(() -> lockedFor(addressKey(address), now));
    }

    /** Records a failed attempt. */
    public void failed(String username, String address) {
        Instant now = clock.instant();
        count(accountKey(username), policy.maxFailuresPerAccount(), now);
        count(addressKey(address), policy.maxFailuresPerAddress(), now);
    }

    /** Clears the account's failures after a successful sign-in. */
    public void succeeded(String username) {
        counters.remove(accountKey(username));
    }

    private Optional<Duration> lockedFor(String key, Instant now) {
        Counter counter = counters.get(key);
        if (counter == null
                || counter.lockedUntil() == null
                || !counter.lockedUntil().isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, counter.lockedUntil()));
    }

    private void count(String key, int max, Instant now) {
        counters.compute(key, (k, c) -> {
            if (c == null || c.windowStart().plus(policy.window()).isBefore(now)) {
                c = new Counter(0, now, null);
            }
            int failures = c.failures() + 1;
            Instant lockedUntil = failures >= max ? now.plus(policy.lockout()) : c.lockedUntil();
            return new Counter(failures, c.windowStart(), lockedUntil);
        });
    }

    private static String accountKey(String username) {
        return "account:" + (username == null ? "" : username.toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + (address == null ? "unknown" : address);
    }
}
