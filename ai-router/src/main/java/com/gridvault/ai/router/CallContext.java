package com.gridvault.ai.router;

import java.util.Objects;

/**
 * Who is calling: the organization whose policy, endpoints and budget apply, and the user the usage
 * is attributed to.
 *
 * @param orgId the organization id; not blank
 * @param userId the user id, or empty for work the appliance does on the organization's behalf
 */
public record CallContext(String orgId, String userId) {

    /** Rejects a blank organization; a null user becomes empty. */
    public CallContext {
        Objects.requireNonNull(orgId, "orgId");
        if (orgId.isBlank()) {
            throw new IllegalArgumentException("orgId must not be blank");
        }
        userId = userId == null ? "" : userId;
    }

    /**
     * Creates a context.
     *
     * @param orgId the organization
     * @param userId the user
     * @return the context
     */
    public static CallContext of(String orgId, String userId) {
        return new CallContext(orgId, userId);
    }
}
