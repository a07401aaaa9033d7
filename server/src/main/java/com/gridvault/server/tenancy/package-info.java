/**
 * Tenancy: organizations (the tenants), their members and roles, workspaces and projects.
 *
 * <p>Isolation is enforced in the persistence layer: workspace and project rows are EclipseLink
 * {@code @Multitenant} entities discriminated by {@code org_id}. {@link
 * com.gridvault.server.tenancy.TenantScope} sets the tenant on the transaction's entity manager;
 * a repository that forgot to would fail (EclipseLink refuses multitenant queries without a
 * tenant), never leak. Objects of an organization the caller does not belong to answer 404, so
 * their existence is not revealed.
 */
package com.gridvault.server.tenancy;
