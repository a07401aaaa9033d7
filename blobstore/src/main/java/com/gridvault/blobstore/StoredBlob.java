package com.gridvault.blobstore;

/**
 * The outcome of {@link BlobStore#put}: the blob's name and size, and whether this call created it
 * ({@code false} when the tenant already held the same bytes).
 *
 * @param sha256 the SHA-256 of the content, 64 lower-case hex characters
 * @param size the content's length in bytes
 * @param created {@code true} if this call stored the blob, {@code false} if it already existed
 */
public record StoredBlob(String sha256, long size, boolean created) {
    public StoredBlob {
        BlobNames.checkSha256(sha256);
        if (size < 0) {
            throw new IllegalArgumentException("size must be >= 0: " + size);
        }
    }
}
