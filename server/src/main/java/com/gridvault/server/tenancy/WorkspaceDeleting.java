package com.gridvault.server.tenancy;

/**
 * Fired (synchronously) before a workspace is deleted, so features that keep data outside the
 * database (files, search indexes) remove theirs first.
 *
 * @param orgId the organization
 * @param workspaceId the workspace
 */
public record WorkspaceDeleting(String orgId, String workspaceId) {}
