package com.gridvault.server.jobs;

import java.util.Objects;

/**
 * A job to submit.
 *
 * @param orgId the owning organization
 * @param workspaceId the workspace, or null
 * @param kind the handler's kind
 * @param targetId the object worked on, or null
 * @param createdBy the submitting user, or null for the system
 * @param payload kind-specific input (JSON), or null
 */
public record NewJob(String orgId, String workspaceId, String kind, String targetId, String createdBy, String payload) {
    public NewJob {
        Objects.requireNonNull(orgId, "orgId");
        Objects.requireNonNull(kind, "kind");
    }

    /** A job without a payload. */
    public NewJob(String orgId, String workspaceId, String kind, String targetId, String createdBy) {
        this(orgId, workspaceId, kind, targetId, createdBy, null);
    }
}
