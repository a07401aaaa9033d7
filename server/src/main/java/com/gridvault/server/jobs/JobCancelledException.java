package com.gridvault.server.jobs;

/** Thrown inside a job when a user asked to cancel it; the engine records CANCELLED. */
public class JobCancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public JobCancelledException() {
        super("The job was cancelled", null, false, false);
    }
}
