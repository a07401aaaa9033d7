package com.gridvault.sso;

import java.util.Objects;

/**
 * A role in one organization.
 *
 * @param orgId the organization's id, as the server names it
 * @param role the role granted there
 */
public record RoleGrant(String orgId, OrgRole role) {

    public RoleGrant {
        if (orgId == null || orgId.isBlank()) {
            throw new IllegalArgumentException("orgId must not be blank");
        }
        Objects.requireNonNull(role, "role");
    }
}
