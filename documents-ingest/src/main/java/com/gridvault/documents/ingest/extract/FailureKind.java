package com.gridvault.documents.ingest.extract;

/** Why a document FAILED, for callers that react differently (retry, tell the user, ...). */
public enum FailureKind {
    /** Password-protected or otherwise encrypted. */
    ENCRYPTED,
    /** Damaged, truncated or not what its type says. */
    CORRUPT,
    /** The file type has no parser. */
    UNSUPPORTED,
    /** A configured limit (size, pages, text, zip bomb, nesting) was exceeded. */
    LIMIT_EXCEEDED,
    /** Parsing took longer than the configured timeout and was stopped. */
    TIMEOUT,
    /** Too many documents were waiting; retry later. */
    BUSY,
    /** The file could not be read from storage. */
    IO
}
