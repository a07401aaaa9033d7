package com.gridvault.server.tenancy;

import jakarta.persistence.EntityManager;
import java.util.Objects;

/** Binds an entity manager to one organization before any tenant-owned entity is touched. */
public final class TenantScope {

    /** The EclipseLink context property naming the current tenant (the organization id). */
    public static final String TENANT_PROPERTY = "gridvault.tenant";

    private TenantScope() {}

    /**
     * Scopes the (transaction's) entity manager to an organization.
     *
     * @param em the entity manager of the current transaction
     * @param orgId the organization
     * @return the same entity manager, now filtering every multitenant query by {@code orgId}
     */
    public static EntityManager of(EntityManager em, String orgId) {
        em.setProperty(TENANT_PROPERTY, Objects.requireNonNull(orgId, "orgId"));
        return em;
    }
}
