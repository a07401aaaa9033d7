package com.gridvault.server.tenancy;

import java.time.OffsetDateTime;

/**
 * A workspace.
 *
 * @param id the workspace id
 * @param orgId the owning organization
 * @param name its name
 * @param description its description, possibly null
 * @param createdAt when it was created
 */
public record Workspace(String id, String orgId, String name, String description, OffsetDateTime createdAt) {}
