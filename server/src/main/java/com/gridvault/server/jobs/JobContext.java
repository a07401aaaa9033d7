package com.gridvault.server.jobs;

/** What a {@link JobHandler} sees of the job it runs. */
public interface JobContext {

    /** The job as it was when this attempt started. */
    Job job();

    /** True when {@code stage} was completed by an earlier attempt or execution. */
    boolean completed(String stage);

    /**
     * Reports progress; stored durably and shown to subscribers.
     *
     * @param stage the current stage
     * @param percent 0-100 for the whole job
     * @throws JobCancelledException when a cancellation was requested meanwhile
     */
    void progress(String stage, int percent);

    /** Marks a stage completed for good, after its results were stored. */
    void complete(String stage);

    /** True when a cancellation was requested (one database read). */
    boolean cancelRequested();

    /** Throws {@link JobCancelledException} when a cancellation was requested. */
    void checkCancelled();
}
