package com.gridvault.server.auth.sso;

import com.gridvault.sso.oidc.AuthorizationStart;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Started OIDC sign-ins by state, for at most {@link #LIFETIME} and taken once. Kept in this node's
 * memory: with several nodes, the load balancer must send the callback to the node that started the
 * sign-in (sticky sessions) until this moves to the database.
 */
@ApplicationScoped
public class PendingSignIns {

    static final Duration LIFETIME = Duration.ofMinutes(10);
    static final int MAX = 10_000;

    private record Entry(AuthorizationStart start, long expiresAt) {}

    private final Map<String, Entry> byState = new ConcurrentHashMap<>();

    void put(AuthorizationStart start) {
        long now = System.nanoTime();
        if (byState.size() >= MAX) {
            byState.values().removeIf(e -> e.expiresAt() - now < 0);
        }
        if (byState.size() >= MAX) {
            throw new IllegalStateException("Too many sign-ins in progress; try again in a few minutes");
        }
        byState.put(start.state(), new Entry(start, now + LIFETIME.toNanos()));
    }

    Optional<AuthorizationStart> take(String state) {
        if (state == null) {
            return Optional.empty();
        }
        Entry entry = byState.remove(state);
        return entry == null || entry.expiresAt() - System.nanoTime() < 0
                ? Optional.empty()
                : Optional.of(entry.start());
    }
}
