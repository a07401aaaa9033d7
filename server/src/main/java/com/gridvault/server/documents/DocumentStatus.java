package com.gridvault.server.documents;

/** Where a document is in ingestion. */
public enum DocumentStatus {
    /** Stored; waiting for its ingestion job. */
    QUEUED,
    /** Being read, chunked, embedded and indexed. */
    PROCESSING,
    /** Searchable. */
    READY,
    /** Could not be read; {@link Document#failureReason()} says why. The file is kept. */
    FAILED
}
