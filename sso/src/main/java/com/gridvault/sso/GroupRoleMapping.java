package com.gridvault.sso;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which organization roles a user gets from the groups an identity provider or directory reports.
 * Shared by OIDC and LDAP sign-in. Groups are matched ignoring case (Active Directory and Entra ID
 * treat names and object ids that way); when several groups grant roles in the same organization the
 * most powerful role wins. Immutable and free of I/O.
 */
public final class GroupRoleMapping {

    /** No group grants anything. */
    public static final GroupRoleMapping EMPTY = new GroupRoleMapping(Map.of());

    private final Map<String, Set<RoleGrant>> grantsByGroup;

    private GroupRoleMapping(Map<String, Set<RoleGrant>> grantsByGroup) {
        this.grantsByGroup = grantsByGroup;
    }

    /** One grant per group, e.g. {@code "gridvault-finance-admins" -> (acme, ADMIN)}. */
    public static GroupRoleMapping of(Map<String, RoleGrant> grants) {
        Builder builder = builder();
        grants.forEach((group, grant) -> builder.grant(group, grant));
        return builder.build();
    }

    /** A builder for mappings where one group grants roles in several organizations. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The role per organization that {@code groups} grant: the highest one where several apply.
     * Organizations no group maps to are absent.
     */
    public Map<String, OrgRole> rolesFor(Collection<String> groups) {
        Map<String, OrgRole> roles = new HashMap<>();
        for (String group : groups) {
            if (group == null) {
                continue;
            }
            for (RoleGrant grant : grantsByGroup.getOrDefault(key(group), Set.of())) {
                roles.merge(grant.orgId(), grant.role(), (a, b) -> b.outranks(a) ? b : a);
            }
        }
        return Map.copyOf(roles);
    }

    /** The grants configured for {@code group} (matched ignoring case), empty if none. */
    public Set<RoleGrant> grantsOf(String group) {
        return grantsByGroup.getOrDefault(key(group), Set.of());
    }

    private static String key(String group) {
        return group.strip().toLowerCase(Locale.ROOT);
    }

    /** Collects grants; {@link #build()} may be called more than once. */
    public static final class Builder {
        private final Map<String, Set<RoleGrant>> grants = new HashMap<>();

        private Builder() {}

        /** {@code group} grants {@code role} in {@code orgId}. */
        public Builder grant(String group, String orgId, OrgRole role) {
            return grant(group, new RoleGrant(orgId, role));
        }

        /** {@code group} grants {@code grant}. */
        public Builder grant(String group, RoleGrant grant) {
            if (group == null || group.isBlank()) {
                throw new IllegalArgumentException("group must not be blank");
            }
            Objects.requireNonNull(grant, "grant");
            grants.computeIfAbsent(key(group), g -> new LinkedHashSet<>()).add(grant);
            return this;
        }

        public GroupRoleMapping build() {
            Map<String, Set<RoleGrant>> copy = new HashMap<>();
            grants.forEach((group, set) -> copy.put(group, Set.copyOf(set)));
            return new GroupRoleMapping(Map.copyOf(copy));
        }
    }
}
