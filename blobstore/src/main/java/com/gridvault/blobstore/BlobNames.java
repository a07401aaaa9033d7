package com.gridvault.blobstore;

import java.util.regex.Pattern;

/** Argument checks shared by the stores: what a tenant id, a digest and a range may be. */
final class BlobNames {
    private static final Pattern TENANT_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private BlobNames() {}

    static String checkTenantId(String tenantId) {
        if (tenantId == null || !TENANT_ID.matcher(tenantId).matches()) {
            throw new IllegalArgumentException(
                    "tenantId must be 1-64 characters of [A-Za-z0-9_-]: " + quoted(tenantId, 64));
        }
        return tenantId;
    }

    static String checkSha256(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("sha256 must be 64 lower-case hex characters: " + quoted(sha256, 64));
        }
        return sha256;
    }

    static void checkMaxBytes(long maxBytes) {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("maxBytes must be >= 0: " + maxBytes);
        }
    }

    static void checkRange(long offset, long length) {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be >= 0: " + offset);
        }
        if (length < 0) {
            throw new IllegalArgumentException("length must be >= 0: " + length);
        }
    }

    /** The number of bytes a range of a blob of {@code size} bytes covers, after clipping. */
    static long clippedLength(long size, long offset, long length) {
        if (offset >= size) {
            throw new IllegalArgumentException("offset " + offset + " is not below the blob's size " + size);
        }
        return Math.min(length, size - offset);
    }

    // Rejected values are echoed for the log, but never at unbounded length.
    private static String quoted(String value, int max) {
        if (value == null) {
            return "null";
        }
        return "'" + (value.length() > max ? value.substring(0, max) + "..." : value) + "'";
    }
}
