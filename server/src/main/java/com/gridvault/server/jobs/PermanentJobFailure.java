package com.gridvault.server.jobs;

/** A failure that retrying cannot fix (a corrupt file, a missing document): the job FAILS at once. */
public class PermanentJobFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param reason a sentence for people, shown as the job's error */
    public PermanentJobFailure(String reason) {
        super(reason);
    }
}
