package com.gridvault.blobstore;

import java.io.IOException;

/** Thrown by {@link BlobStore#put} when the content is longer than the caller's limit. */
public class BlobTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    private final long limit;

    public BlobTooLargeException(long limit) {
        super("blob exceeds the limit of " + limit + " bytes");
        this.limit = limit;
    }

    /** The limit in bytes that was exceeded. */
    public long limit() {
        return limit;
    }
}
