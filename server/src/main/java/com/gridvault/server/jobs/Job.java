package com.gridvault.server.jobs;

import java.time.OffsetDateTime;
import java.util.Set;

/**
 * A durable unit of background work as users see it.
 *
 * @param id the job id
 * @param orgId the owning organization
 * @param workspaceId the workspace it works on, or null
 * @param kind what it does, e.g. {@code document.ingest}; selects the {@link JobHandler}
 * @param targetId the object it works on (e.g. a document id), or null
 * @param status where it is
 * @param stage the current or last stage, e.g. {@code embed}
 * @param progress 0-100
 * @param completedStages stages finished for good, in the order they finished; a revived or retried
 *     job skips them
 * @param attempts attempts started so far
 * @param maxAttempts attempts allowed before the job FAILS
 * @param error the last failure's reason for people, or null
 * @param cancelRequested whether someone asked to cancel it
 * @param createdBy the user who started it, or null for the system
 * @param createdAt when it was submitted
 * @param updatedAt when it last changed
 * @param startedAt when the first attempt started, or null
 * @param finishedAt when it reached a final status, or null
 * @param nextAttemptAt when a queued retry becomes due, or null
 * @param payload what the job works on beyond its target (JSON, kind-specific), or null
 */
public record Job(
        String id,
        String orgId,
        String workspaceId,
        String kind,
        String targetId,
        JobStatus status,
        String stage,
        int progress,
        Set<String> completedStages,
        int attempts,
        int maxAttempts,
        String error,
        boolean cancelRequested,
        String createdBy,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        OffsetDateTime startedAt,
        OffsetDateTime finishedAt,
        OffsetDateTime nextAttemptAt,
        String payload) {

    public Job {
        completedStages = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(completedStages));
    }
}
