package com.gridvault.blobstore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

/** The S3 requests of {@link S3BlobStore}, one method per operation, with errors mapped. */
final class S3Objects {
    private static final String CONTENT_TYPE = "application/octet-stream";

    private final S3Client client;
    private final String bucket;
    private final S3Failures failures;
    private final long multipartThreshold;
    private final long partSize;

    S3Objects(S3Client client, String bucket, S3Failures failures, long multipartThreshold, long partSize) {
        this.client = client;
        this.bucket = bucket;
        this.failures = failures;
        this.multipartThreshold = multipartThreshold;
        this.partSize = partSize;
    }

    /** The object's size (HEAD), or empty if it does not exist. */
    OptionalLong size(String key) throws IOException {
        try {
            return OptionalLong.of(
                    client.headObject(r -> r.bucket(bucket).key(key)).contentLength());
        } catch (SdkException e) {
            if (S3Failures.isNotFound(e)) {
                return OptionalLong.empty();
            }
            throw failures.failure("HEAD", key, e);
        }
    }

    /** The object's bytes, or a range of them ({@code bytes=a-b}); {@code null} if it does not exist. */
    ResponseInputStream<GetObjectResponse> get(String key, String range) throws IOException {
        GetObjectRequest request =
                GetObjectRequest.builder().bucket(bucket).key(key).range(range).build();
        try {
            return client.getObject(request);
        } catch (SdkException e) {
            if (S3Failures.isNotFound(e)) {
                return null;
            }
            throw failures.failure("GET", key, e);
        }
    }

    void delete(String key) throws IOException {
        try {
            client.deleteObject(r -> r.bucket(bucket).key(key));
        } catch (SdkException e) {
            throw failures.failure("DELETE", key, e);
        }
    }

    /** Uploads a spooled file of {@code size} bytes as {@code key}, in parts if it is large. */
    void upload(String key, Path file, long size) throws IOException {
        if (size > multipartThreshold) {
            uploadInParts(key, file, size);
            return;
        }
        try {
            client.putObject(
                    r -> r.bucket(bucket).key(key).contentLength(size).contentType(CONTENT_TYPE),
                    RequestBody.fromFile(file));
        } catch (SdkException e) {
            throw failures.failure("PUT", key, e);
        }
    }

    private void uploadInParts(String key, Path file, long size) throws IOException {
        String uploadId;
        try {
            uploadId = client.createMultipartUpload(
                            r -> r.bucket(bucket).key(key).contentType(CONTENT_TYPE))
                    .uploadId();
        } catch (SdkException e) {
            throw failures.failure("multipart upload start", key, e);
        }
        try {
            List<CompletedPart> parts = new ArrayList<>();
            for (long offset = 0; offset < size; offset += partSize) {
                int partNumber = parts.size() + 1;
                long length = Math.min(partSize, size - offset);
                String eTag = client.uploadPart(
                                r -> r.bucket(bucket)
                                        .key(key)
                                        .uploadId(uploadId)
                                        .partNumber(partNumber)
                                        .contentLength(length),
                                RequestBody.fromContentProvider(slice(file, offset, length), length, CONTENT_TYPE))
                        .eTag();
                parts.add(CompletedPart.builder()
                        .partNumber(partNumber)
                        .eTag(eTag)
                        .build());
            }
            client.completeMultipartUpload(
                    r -> r.bucket(bucket).key(key).uploadId(uploadId).multipartUpload(m -> m.parts(parts)));
        } catch (SdkException e) {
            abort(key, uploadId, e);
            throw failures.failure("multipart upload", key, e);
        } catch (RuntimeException e) {
            abort(key, uploadId, e);
            throw e;
        }
    }

    // Parts of an abandoned upload are billed and invisible: drop them.
    private void abort(String key, String uploadId, Exception cause) {
        try {
            client.abortMultipartUpload(r -> r.bucket(bucket).key(key).uploadId(uploadId));
        } catch (SdkException e) {
            cause.addSuppressed(e);
        }
    }

    // A fresh stream over one part of the file for every (re)try of the request.
    private static ContentStreamProvider slice(Path file, long offset, long length) {
        return () -> {
            try {
                return new FileRangeInputStream(FileChannel.open(file, StandardOpenOption.READ), offset, length);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the spooled upload " + file, e);
            }
        };
    }
}
