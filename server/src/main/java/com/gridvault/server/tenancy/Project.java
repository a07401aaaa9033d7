package com.gridvault.server.tenancy;

import java.time.OffsetDateTime;

/**
 * A project.
 *
 * @param id the project id
 * @param orgId the owning organization
 * @param workspaceId the workspace it belongs to
 * @param name its name
 * @param description its description, possibly null
 * @param createdAt when it was created
 */
public record Project(
        String id, String orgId, String workspaceId, String name, String description, OffsetDateTime createdAt) {}
