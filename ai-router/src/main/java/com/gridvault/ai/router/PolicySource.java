package com.gridvault.ai.router;

import java.util.Optional;

/** Finds an organization's routing policy for a kind of task. Thread-safe. */
@FunctionalInterface
public interface PolicySource {

    /**
     * Returns the policy.
     *
     * @param orgId the organization
     * @param kind the task kind
     * @return the policy, or empty when the organization configured none for this kind
     */
    Optional<RoutingPolicy> policy(String orgId, TaskKind kind);
}
