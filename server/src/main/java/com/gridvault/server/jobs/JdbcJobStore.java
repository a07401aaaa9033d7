package com.gridvault.server.jobs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The job table, by job id, for the engine. Tenant-facing reads go through the multitenant JPA
 * entity ({@link JpaJobRepository}); this store is the engine's internal bookkeeping and never
 * answers a user's query directly.
 */
final class JdbcJobStore {

    private static final String COLUMNS = "id, org_id, workspace_id, kind, target_id, status, stage, progress,"
            + " completed_stages, attempts, max_attempts, error, cancel_requested, created_by, created_at,"
            + " updated_at, started_at, finished_at, next_attempt_at, payload";
    private static final int MAX_ERROR = 2000;

    private final DataSource dataSource;
    private final Clock clock;

    JdbcJobStore(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    void insert(Job job) {
        update(
                "insert into job (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                job.id(),
                job.orgId(),
                job.workspaceId(),
                job.kind(),
                job.targetId(),
                job.status().name(),
                job.stage(),
                job.progress(),
                String.join(",", job.completedStages()),
                job.attempts(),
                job.maxAttempts(),
                job.error(),
                job.cancelRequested(),
                job.createdBy(),
                job.createdAt(),
                job.updatedAt(),
                job.startedAt(),
                job.finishedAt(),
                job.nextAttemptAt(),
                job.payload());
    }

    Optional<Job> find(String id) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select " + COLUMNS + " from job where id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new JobStoreException("Cannot read job " + id, e);
        }
    }

    /** Starts an attempt unless the job is final; returns whether it was started. */
    boolean start(String id) {
        return update(
                        "update job set status = 'RUNNING', attempts = attempts + 1, updated_at = ?,"
                                + " started_at = coalesce(started_at, ?), next_attempt_at = null"
                                + " where id = ? and status in ('QUEUED', 'RUNNING')",
                        now(),
                        now(),
                        id)
                == 1;
    }

    /** Stores progress; returns the job as it is now (one read serves the cancel check and listeners). */
    Optional<Job> progress(String id, String stage, int percent) {
        update(
                "update job set stage = ?, progress = ?, updated_at = ? where id = ? and status = 'RUNNING'",
                stage,
                Math.max(0, Math.min(100, percent)),
                now(),
                id);
        return find(id);
    }

    boolean cancelRequested(String id) {
        return find(id).map(Job::cancelRequested).orElse(true);
    }

    void complete(String id, String stage) {
        Job job = find(id).orElseThrow(() -> new JobStoreException("Job " + id + " vanished", null));
        Set<String> stages = new LinkedHashSet<>(job.completedStages());
        if (stages.add(stage)) {
            update(
                    "update job set completed_stages = ?, updated_at = ? where id = ?",
                    String.join(",", stages),
                    now(),
                    id);
        }
    }

    void succeed(String id) {
        finish(id, JobStatus.SUCCEEDED, null);
    }

    void fail(String id, String reason) {
        finish(id, JobStatus.FAILED, reason);
    }

    void cancelled(String id) {
        finish(id, JobStatus.CANCELLED, null);
    }

    void queueRetry(String id, String reason, OffsetDateTime at) {
        update(
                "update job set status = 'QUEUED', error = ?, next_attempt_at = ?, updated_at = ? where id = ?",
                clip(reason),
                at,
                now(),
                id);
    }

    /** Asks a live job to stop; returns the job as it is now. */
    boolean requestCancel(String id) {
        return update(
                        "update job set cancel_requested = true, updated_at = ? where id = ? and status in ('QUEUED', 'RUNNING')",
                        now(),
                        id)
                == 1;
    }

    /** Makes a FAILED or CANCELLED job run again from where it stopped; returns whether it did. */
    boolean requeue(String id) {
        return update(
                        "update job set status = 'QUEUED', attempts = 0, error = null, cancel_requested = false,"
                                + " finished_at = null, next_attempt_at = null, updated_at = ?"
                                + " where id = ? and status in ('FAILED', 'CANCELLED')",
                        now(),
                        id)
                == 1;
    }

    void delete(String id) {
        update("delete from job where id = ?", id);
    }

    private void finish(String id, JobStatus status, String reason) {
        update(
                "update job set status = ?, error = ?, progress = case when ? then 100 else progress end,"
                        + " finished_at = ?, updated_at = ?, next_attempt_at = null where id = ?",
                status.name(),
                clip(reason),
                status == JobStatus.SUCCEEDED,
                now(),
                now(),
                id);
    }

    private int update(String sql, Object... args) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new JobStoreException("Cannot write the job table: " + e.getMessage(), e);
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static String clip(String reason) {
        return reason == null || reason.length() <= MAX_ERROR ? reason : reason.substring(0, MAX_ERROR - 1) + "…";
    }

    static Job read(ResultSet rs) throws SQLException {
        String stages = rs.getString("completed_stages");
        return new Job(
                rs.getString("id"),
                rs.getString("org_id"),
                rs.getString("workspace_id"),
                rs.getString("kind"),
                rs.getString("target_id"),
                JobStatus.valueOf(rs.getString("status")),
                rs.getString("stage"),
                rs.getInt("progress"),
                stages == null || stages.isEmpty() ? Set.of() : new LinkedHashSet<>(Arrays.asList(stages.split(","))),
                rs.getInt("attempts"),
                rs.getInt("max_attempts"),
                rs.getString("error"),
                rs.getBoolean("cancel_requested"),
                rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class),
                rs.getObject("started_at", OffsetDateTime.class),
                rs.getObject("finished_at", OffsetDateTime.class),
                rs.getObject("next_attempt_at", OffsetDateTime.class),
                rs.getString("payload"));
    }
}
