package com.gridvault.ai.router;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where an organization sends one kind of task: a chain of routes tried in order.
 *
 * @param kind the task kind the policy applies to
 * @param chain the routes; the first is the primary, the rest are fallbacks in order. May be empty,
 *     which the router treats as "no provider configured".
 */
public record RoutingPolicy(TaskKind kind, List<ProviderRoute> chain) {

    /** Copies the chain and rejects a missing kind. */
    public RoutingPolicy {
        Objects.requireNonNull(kind, "kind");
        chain = List.copyOf(chain == null ? List.of() : chain);
    }

    /**
     * Creates a policy.
     *
     * @param kind the task kind
     * @param primary the first route
     * @param fallbacks further routes, in order
     * @return the policy
     */
    public static RoutingPolicy of(TaskKind kind, ProviderRoute primary, ProviderRoute... fallbacks) {
        List<ProviderRoute> chain = new ArrayList<>();
        chain.add(Objects.requireNonNull(primary, "primary"));
        chain.addAll(List.of(fallbacks));
        return new RoutingPolicy(kind, chain);
    }
}
