package com.gridvault.server.jobs;

/** Where a job is in its life. QUEUED and RUNNING are live; the other three are final. */
public enum JobStatus {
    /** Waiting for a worker, first time or for a retry after a failed attempt. */
    QUEUED,
    /** A worker on some node is executing it. */
    RUNNING,
    /** Done. */
    SUCCEEDED,
    /** Gave up: a permanent failure, or the last allowed attempt failed; {@link Job#error()} says why. */
    FAILED,
    /** Stopped at a user's request. */
    CANCELLED;

    /** True for SUCCEEDED, FAILED and CANCELLED. */
    public boolean isFinal() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED;
    }
}
