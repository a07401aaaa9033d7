/**
 * The tamper-evident audit log: who did what, to which object, with which outcome, from where.
 *
 * <p>Entries form one hash chain per organization (appliance-level events form the chain
 * {@value com.gridvault.server.audit.AuditEntry#APPLIANCE_CHAIN}): each entry stores the previous
 * entry's hash and its own SHA-256 over {@link com.gridvault.server.audit.AuditEntry#canonicalForm()}.
 * {@link com.gridvault.server.audit.AuditLog#record} writes in its own transaction, so a business
 * transaction that rolls back still leaves its FAILURE entry, and never throws into the caller.
 * Rows are EclipseLink {@code @Multitenant} entities discriminated by {@code chain_id}, so one
 * organization's entries are invisible through another's scope. Appends lock the chain's first
 * entry ({@code SELECT ... FOR UPDATE}), which serializes appends per chain; see {@link
 * com.gridvault.server.audit.JpaAuditRepository}.
 *
 * <p>REST: {@code GET /api/v1/orgs/{orgId}/audit} (filters, limit/cursor, {@code format=csv}) and
 * {@code .../audit/verify} need {@code audit:read:<orgId>} (OWNER, ADMIN); the appliance chain is at
 * {@code /api/v1/admin/audit} for appliance administrators.
 *
 * <p>Limitation: deleting the newest entries leaves a shorter but valid chain. {@code verify}
 * returns the head sequence and hash so an operator can anchor them outside the appliance.
 */
package com.gridvault.server.audit;
