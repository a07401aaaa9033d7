package com.gridvault.server.tenancy;

import java.util.Set;

/**
 * A member's role in an organization and the actions it grants. Permissions are Shiro wildcard
 * strings {@code <resource>:<action>:<orgId>}; docs/SECURITY.md has the table.
 */
public enum Role {
    OWNER(Set.of(
            "org:read",
            "org:update",
            "audit:read",
            "org:delete",
            "member:read",
            "member:manage",
            "workspace:read",
            "workspace:write",
            "workspace:delete",
            "project:read",
            "project:write",
            "project:delete",
            "document:write",
            "document:delete",
            "job:manage",
            "ai:manage",
            "ai:use",
            "model:run")),
    ADMIN(Set.of(
            "org:read",
            "org:update",
            "audit:read",
            "member:read",
            "member:manage",
            "workspace:read",
            "workspace:write",
            "workspace:delete",
            "project:read",
            "project:write",
            "project:delete",
            "document:write",
            "document:delete",
            "job:manage",
            "ai:manage",
            "ai:use",
            "model:run")),
    ANALYST(Set.of(
            "org:read",
            "member:read",
            "workspace:read",
            "project:read",
            "project:write",
            "document:write",
            "document:delete",
            "job:manage",
            "ai:use",
            "model:run")),
    VIEWER(Set.of("org:read", "member:read", "workspace:read", "project:read"));

    private final Set<String> actions;

    Role(Set<String> actions) {
        this.actions = actions;
    }

    /**
     * The higher of two roles (OWNER is the highest).
     *
     * @return the higher role; the other one when one is null; null when both are
     */
    public static Role higher(Role a, Role b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.ordinal() <= b.ordinal() ? a : b;
    }

    /** The {@code resource:action} pairs this role grants within its organization. */
    public Set<String> actions() {
        return actions;
    }
}
