package com.gridvault.blobstore;

import java.io.IOException;
import java.io.InputStream;
import java.util.OptionalLong;

/**
 * Content-addressed storage of immutable blobs, partitioned by tenant. A blob is named by the
 * SHA-256 of its bytes, so storing the same bytes twice for one tenant keeps one copy. Tenants never
 * see each other's blobs, even with the same digest.
 *
 * <p>Every method validates its arguments first: a tenant id is 1-64 characters of
 * {@code [A-Za-z0-9_-]} and a digest is 64 lower-case hex characters; anything else is an {@link
 * IllegalArgumentException} naming the parameter, so no argument can address anything outside the
 * store. Implementations are thread-safe.
 */
public interface BlobStore extends AutoCloseable {

    /**
     * Stores {@code content}, streaming it (it is never held in memory as a whole) and hashing it
     * with SHA-256 on the way. The store is atomic: a reader never sees a partial blob, and on any
     * failure nothing is left behind. If the tenant already holds a blob with the same digest the
     * existing one is kept and {@link StoredBlob#created()} is {@code false}. The caller keeps
     * ownership of {@code content} and closes it.
     *
     * @param maxBytes the largest accepted blob; more bytes than that throw {@link
     *     BlobTooLargeException} as soon as they are read, and nothing is stored
     * @throws IOException if reading {@code content} or writing the blob fails
     */
    StoredBlob put(String tenantId, InputStream content, long maxBytes) throws IOException;

    /**
     * Opens the whole blob. The caller closes the stream.
     *
     * @throws NoSuchBlobException if the tenant holds no blob with that digest (also when another
     *     tenant does)
     */
    InputStream open(String tenantId, String sha256) throws IOException;

    /**
     * Opens bytes {@code [offset, offset + length)} of the blob, clipped to its end. The caller
     * closes the stream.
     *
     * @throws IllegalArgumentException if {@code offset} or {@code length} is negative or {@code
     *     offset} is not below the blob's size
     * @throws NoSuchBlobException if the tenant holds no blob with that digest
     */
    InputStream openRange(String tenantId, String sha256, long offset, long length) throws IOException;

    /** The blob's size in bytes, or empty if the tenant holds no blob with that digest. */
    OptionalLong size(String tenantId, String sha256) throws IOException;

    /** Deletes the blob; {@code true} if something was deleted. */
    boolean delete(String tenantId, String sha256) throws IOException;

    /** A human-readable id for logs and health checks, e.g. {@code disk:/var/gridvault/data/blobs}. */
    String describe();

    /** Releases clients and connections; the default holds none. */
    @Override
    default void close() throws IOException {}
}
