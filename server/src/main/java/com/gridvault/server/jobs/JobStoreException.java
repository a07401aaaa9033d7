package com.gridvault.server.jobs;

/** The job table could not be read or written (the database is down or refused the statement). */
public class JobStoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public JobStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
