package com.gridvault.server.tenancy;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The one deliberate bypass of tenant filtering, kept in one place so it can be audited: it reads
 * only which organization owns a row, which {@link TenantGuard} then checks against the caller's
 * memberships before anything else is read. EclipseLink disables native SQL in a persistence unit
 * with multitenant entities; this query opts in explicitly, and only for the tables listed here.
 */
public final class TenantDirectory {

    private static final Set<String> TABLES =
            Set.of("workspace", "project", "model_run", "document", "job", "conversation");

    private TenantDirectory() {}

    /**
     * Finds the organization that owns the invitation with a token hash (the token is the only thing
     * its recipient has).
     *
     * @return the owning organization, or empty when no invitation has that hash
     */
    public static Optional<String> ownerOfInvitation(EntityManager em, String tokenHash) {
        List<?> rows = em.createNativeQuery("select org_id from invitation where token_hash = ?")
                .setHint("eclipselink.jdbc.allow-native-sql-query", true)
                .setParameter(1, tokenHash)
                .getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of((String) rows.get(0));
    }

    /**
     * The organizations that map any of a user's directory groups to a role, for applying single
     * sign-on grants at sign-in (the user's own groups decide; nothing else of those organizations
     * is read).
     *
     * @return rows of (org_id, group_name, role)
     */
    public static List<Object[]> groupGrants(EntityManager em, java.util.Collection<String> groups) {
        if (groups.isEmpty()) {
            return List.of();
        }
        String marks = String.join(", ", java.util.Collections.nCopies(groups.size(), "?"));
        var query = em.createNativeQuery(
                        "select org_id, group_name, role from sso_group_role where lower(group_name) in (" + marks
                                + ")")
                .setHint("eclipselink.jdbc.allow-native-sql-query", true);
        int i = 1;
        for (String group : groups) {
            query.setParameter(i++, group.toLowerCase(java.util.Locale.ROOT));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows;
    }

    /**
     * Finds the organization that owns a row.
     *
     * @param em the entity manager of the current transaction
     * @param table a tenant-owned table with {@code id} and {@code org_id} columns
     * @param id the row id
     * @return the owning organization, or empty when no such row exists
     */
    public static Optional<String> ownerOf(EntityManager em, String table, String id) {
        if (!TABLES.contains(table)) {
            throw new IllegalArgumentException("Not a tenant-owned table: " + table);
        }
        List<?> rows = em.createNativeQuery("select org_id from " + table + " where id = ?")
                .setHint("eclipselink.jdbc.allow-native-sql-query", true)
                .setParameter(1, id)
                .getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of((String) rows.get(0));
    }
}
