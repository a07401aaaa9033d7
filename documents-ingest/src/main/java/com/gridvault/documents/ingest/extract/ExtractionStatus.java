package com.gridvault.documents.ingest.extract;

/** Outcome of extracting one document. */
public enum ExtractionStatus {
    OK,
    FAILED
}
