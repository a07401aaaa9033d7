package com.gridvault.blobstore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.OptionalLong;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

/**
 * Blobs as objects in a bucket of an S3-compatible server, under {@code prefix/<tenantId>/<sha256>}.
 *
 * <p>A put first spools the content to a local temporary file while hashing it, so the object's
 * name is known and the size limit enforced before anything is sent; an object that exists already
 * (HEAD) is not uploaded again. Content up to {@value #MULTIPART_THRESHOLD} bytes goes up in one
 * PUT, larger content as a multipart upload of {@value #PART_SIZE}-byte parts (aborted on
 * failure). Ranges are read with the HTTP {@code Range} header. Uploads are atomic on the server:
 * an object becomes visible only when complete.
 *
 * <p>Two JVMs putting the same bytes at the same moment may both report {@code created}; the
 * content, and so the result, is the same.
 */
public final class S3BlobStore implements BlobStore {
    /** Content above this size is uploaded in parts. */
    public static final long MULTIPART_THRESHOLD = 64L * 1024 * 1024;
    /** The size of each part of a multipart upload (S3 allows at most 10,000 parts). */
    public static final long PART_SIZE = 32L * 1024 * 1024;

    private final S3Settings settings;
    private final S3Client client;
    private final S3Objects objects;
    private final Path spoolFolder;
    private final KeyLocks locks = new KeyLocks();

    /** A store that spools uploads in {@code java.io.tmpdir}. */
    public S3BlobStore(S3Settings settings) {
        this(settings, Path.of(System.getProperty("java.io.tmpdir")));
    }

    /**
     * A store that spools uploads in {@code spoolFolder}, created if missing; it must have room for
     * the largest upload (e.g. the appliance's {@code data/tmp}).
     *
     * @throws UncheckedIOException if the spool folder cannot be created
     */
    public S3BlobStore(S3Settings settings, Path spoolFolder) {
        this(settings, spoolFolder, MULTIPART_THRESHOLD, PART_SIZE);
    }

    S3BlobStore(S3Settings settings, Path spoolFolder, long multipartThreshold, long partSize) {
        this.settings = Objects.requireNonNull(settings, "settings must not be null");
        this.spoolFolder = Objects.requireNonNull(spoolFolder, "spoolFolder must not be null");
        try {
            Files.createDirectories(spoolFolder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the upload spool folder " + spoolFolder, e);
        }
        this.client = S3Clients.create(settings);
        this.objects = new S3Objects(
                client,
                settings.bucket(),
                new S3Failures(where(settings), settings.secretKey()),
                multipartThreshold,
                partSize);
    }

    @Override
    public StoredBlob put(String tenantId, InputStream content, long maxBytes) throws IOException {
        BlobNames.checkTenantId(tenantId);
        Objects.requireNonNull(content, "content must not be null");
        BlobNames.checkMaxBytes(maxBytes);
        Path spooled = Files.createTempFile(spoolFolder, "s3-put-", ".part");
        try {
            Spool.Digested digested;
            try (var out = Files.newOutputStream(spooled)) {
                digested = Spool.copy(content, out, maxBytes);
            }
            String key = key(tenantId, digested.sha256());
            boolean created = locks.withLock(tenantId, digested.sha256(), () -> {
                if (objects.size(key).isPresent()) {
                    return false;
                }
                objects.upload(key, spooled, digested.size());
                return true;
            });
            return new StoredBlob(digested.sha256(), digested.size(), created);
        } finally {
            Spool.deleteQuietly(spooled);
        }
    }

    @Override
    public InputStream open(String tenantId, String sha256) throws IOException {
        String key = key(tenantId, sha256);
        ResponseInputStream<GetObjectResponse> body = objects.get(key, null);
        if (body == null) {
            throw new NoSuchBlobException(tenantId, sha256);
        }
        return body;
    }

    @Override
    public InputStream openRange(String tenantId, String sha256, long offset, long length) throws IOException {
        String key = key(tenantId, sha256);
        BlobNames.checkRange(offset, length);
        long size = objects.size(key).orElseThrow(() -> new NoSuchBlobException(tenantId, sha256));
        long clipped = BlobNames.clippedLength(size, offset, length);
        if (clipped == 0) {
            return InputStream.nullInputStream();
        }
        ResponseInputStream<GetObjectResponse> body =
                objects.get(key, "bytes=" + offset + "-" + (offset + clipped - 1));
        if (body == null) {
            throw new NoSuchBlobException(tenantId, sha256);
        }
        return body;
    }

    @Override
    public OptionalLong size(String tenantId, String sha256) throws IOException {
        return objects.size(key(tenantId, sha256));
    }

    @Override
    public boolean delete(String tenantId, String sha256) throws IOException {
        String key = key(tenantId, sha256);
        return locks.withLock(tenantId, sha256, () -> {
            // DELETE succeeds whether or not the object exists, so ask first.
            if (objects.size(key).isEmpty()) {
                return false;
            }
            objects.delete(key);
            return true;
        });
    }

    @Override
    public String describe() {
        return "s3:" + settings.bucket() + (settings.prefix().isEmpty() ? "" : "/" + settings.prefix());
    }

    @Override
    public void close() {
        try {
            client.close();
        } catch (SdkException e) {
            // nothing useful to do when a client fails to release its connections
        }
    }

    /** The object key of a blob: {@code prefix/<tenantId>/<sha256>}. */
    String key(String tenantId, String sha256) {
        BlobNames.checkTenantId(tenantId);
        BlobNames.checkSha256(sha256);
        String prefix = settings.prefix();
        return (prefix.isEmpty() ? "" : prefix + "/") + tenantId + "/" + sha256;
    }

    private static String where(S3Settings settings) {
        String server = settings.endpoint() == null
                ? "AWS " + settings.region()
                : settings.endpoint().toString();
        return "bucket '" + settings.bucket() + "' on " + server;
    }
}
