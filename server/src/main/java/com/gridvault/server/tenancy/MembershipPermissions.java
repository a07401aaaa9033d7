package com.gridvault.server.tenancy;

import com.gridvault.server.auth.PermissionSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Set;

/** Derives {@code <resource>:<action>:<orgId>} permissions from an account's memberships and roles. */
@ApplicationScoped
public class MembershipPermissions implements PermissionSource {

    @Inject
    OrganizationRepository organizations;

    @Override
    public Set<String> permissionsOf(String userId) {
        Set<String> permissions = new HashSet<>();
        organizations.memberships(userId).forEach((orgId, role) -> role.actions()
                .forEach(a -> permissions.add(a + ":" + orgId)));
        return permissions;
    }
}
