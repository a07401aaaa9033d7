package com.gridvault.server.auth;

import java.util.Set;

/**
 * Contributes Shiro permissions for an account, e.g. the tenancy feature's
 * {@code workspace:read:<orgId>} strings derived from memberships.
 */
public interface PermissionSource {

    /**
     * Returns the permissions of an account.
     *
     * @param userId the account id
     * @return wildcard permission strings
     */
    Set<String> permissionsOf(String userId);
}
