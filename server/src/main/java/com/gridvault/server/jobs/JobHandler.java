package com.gridvault.server.jobs;

/**
 * Executes one kind of job. Implementations are CDI beans (or, in tests, plain objects handed to
 * the {@link JobEngine}); the engine finds them by {@link #kind()}.
 *
 * <p>A job may be executed more than once: after a failure (retry) or after its node died (the
 * execution is revived elsewhere). Handlers therefore split the work into stages, skip the stages
 * {@link JobContext#completed(String) already completed}, make each stage idempotent (replace, don't
 * append) and mark it completed only after its results are stored.
 */
public interface JobHandler {

    /** The job kind this handler executes, e.g. {@code document.ingest}. */
    String kind();

    /**
     * Runs (or resumes) the job.
     *
     * @param context the job, progress reporting, stage checkpoints and cancellation
     * @throws PermanentJobFailure when retrying cannot help (the reason is shown to users)
     * @throws JobCancelledException when it noticed a cancellation request and stopped
     * @throws Exception any other failure, retried with backoff until the attempts run out
     */
    void run(JobContext context) throws Exception;
}
