package com.gridvault.server.jobs;

import java.time.OffsetDateTime;

/** A job as the API shows it. */
public record JobView(
        String id,
        String workspaceId,
        String kind,
        String targetId,
        JobStatus status,
        String stage,
        int progress,
        int attempts,
        int maxAttempts,
        String error,
        boolean cancelRequested,
        String createdBy,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        OffsetDateTime startedAt,
        OffsetDateTime finishedAt,
        OffsetDateTime nextAttemptAt) {

    public static JobView of(Job j) {
        return new JobView(
                j.id(),
                j.workspaceId(),
                j.kind(),
                j.targetId(),
                j.status(),
                j.stage(),
                j.progress(),
                j.attempts(),
                j.maxAttempts(),
                j.error(),
                j.cancelRequested(),
                j.createdBy(),
                j.createdAt(),
                j.updatedAt(),
                j.startedAt(),
                j.finishedAt(),
                j.nextAttemptAt());
    }
}
