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
