package com.gridvault.server.jobs;

import com.gridvault.server.tenancy.TenantScope;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * The tenant-scoped, read-only view of the job table. The {@link JobEngine} writes the table with
 * JDBC from its worker threads, so this entity is never cached: every read sees the latest progress.
 */
@Entity
@Table(name = "job")
@Cacheable(false)
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "org_id", contextProperty = TenantScope.TENANT_PROPERTY)
public class JobEntity {

    @Id
    String id;

    @Column(name = "workspace_id", insertable = false, updatable = false)
    String workspaceId;

    @Column(name = "kind", insertable = false, updatable = false)
    String kind;

    @Column(name = "target_id", insertable = false, updatable = false)
    String targetId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", insertable = false, updatable = false)
    JobStatus status;

    @Column(name = "stage", insertable = false, updatable = false)
    String stage;

    @Column(name = "progress", insertable = false, updatable = false)
    int progress;

    @Column(name = "completed_stages", insertable = false, updatable = false)
    String completedStages;

    @Column(name = "attempts", insertable = false, updatable = false)
    int attempts;

    @Column(name = "max_attempts", insertable = false, updatable = false)
    int maxAttempts;

    @Column(name = "error", insertable = false, updatable = false)
    String error;

    @Column(name = "cancel_requested", insertable = false, updatable = false)
    boolean cancelRequested;

    @Column(name = "created_by", insertable = false, updatable = false)
    String createdBy;

    @Column(name = "created_at", insertable = false, updatable = false)
    OffsetDateTime createdAt;

    @Column(name = "updated_at", insertable = false, updatable = false)
    OffsetDateTime updatedAt;

    @Column(name = "started_at", insertable = false, updatable = false)
    OffsetDateTime startedAt;

    @Column(name = "finished_at", insertable = false, updatable = false)
    OffsetDateTime finishedAt;

    @Column(name = "next_attempt_at", insertable = false, updatable = false)
    OffsetDateTime nextAttemptAt;

    @Column(name = "payload", insertable = false, updatable = false)
    String payload;

    protected JobEntity() {}

    Job toJob(String orgId) {
        Set<String> stages = completedStages == null || completedStages.isEmpty()
                ? Set.of()
                : new LinkedHashSet<>(Arrays.asList(completedStages.split(",")));
        return new Job(
                id,
                orgId,
                workspaceId,
                kind,
                targetId,
                status,
                stage,
                progress,
                stages,
                attempts,
                maxAttempts,
                error,
                cancelRequested,
                createdBy,
                createdAt,
                updatedAt,
                startedAt,
                finishedAt,
                nextAttemptAt,
                payload);
    }
}
