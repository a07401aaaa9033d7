package com.gridvault.blobstore;

import java.net.URI;
import java.util.Locale;

/**
 * Where and how {@link S3BlobStore} reaches an S3-compatible server (AWS S3, MinIO, Ceph RGW).
 *
 * @param endpoint the server's base URI ({@code http(s)://host[:port]}); {@code null} for AWS S3's
 *     regional endpoint
 * @param region the signing region, e.g. {@code us-east-1} (MinIO and Ceph accept any)
 * @param bucket the bucket, which must exist
 * @param prefix a key prefix for all blobs; empty for none; leading and trailing slashes are dropped
 * @param accessKey the access key id; {@code null} (with {@code secretKey}) to use the AWS default
 *     credential chain (environment, system properties, profile, instance role)
 * @param secretKey the secret key; never printed, not even by {@link #toString()}
 * @param pathStyle {@code true} for {@code host/bucket/key} addressing (MinIO and Ceph usually need
 *     it), {@code false} for virtual-hosted {@code bucket.host/key}
 */
public record S3Settings(
        URI endpoint,
        String region,
        String bucket,
        String prefix,
        String accessKey,
        String secretKey,
        boolean pathStyle) {

    public S3Settings {
        if (endpoint != null) {
            checkEndpoint(endpoint);
        }
        if (region == null || region.isBlank()) {
            throw new IllegalArgumentException("region must not be blank");
        }
        if (bucket == null || bucket.isBlank() || bucket.contains("/")) {
            throw new IllegalArgumentException("bucket must be a bucket name without '/': " + bucket);
        }
        prefix = normalizePrefix(prefix);
        boolean hasAccessKey = accessKey != null && !accessKey.isBlank();
        boolean hasSecretKey = secretKey != null && !secretKey.isEmpty();
        if (hasAccessKey != hasSecretKey) {
            throw new IllegalArgumentException("accessKey and secretKey must be given together, or neither");
        }
        if (!hasAccessKey) {
            accessKey = null;
            secretKey = null;
        }
    }

    /** {@code true} if static credentials were given (else the AWS default chain is used). */
    public boolean hasStaticCredentials() {
        return accessKey != null;
    }

    /** Like the record's own, but with the secret key masked. */
    @Override
    public String toString() {
        return "S3Settings[endpoint=" + endpoint + ", region=" + region + ", bucket=" + bucket + ", prefix=" + prefix
                + ", accessKey=" + accessKey + ", secretKey=" + (secretKey == null ? "null" : "****")
                + ", pathStyle=" + pathStyle + "]";
    }

    private static void checkEndpoint(URI endpoint) {
        // The endpoint is not echoed: a malformed one may carry credentials or tokens.
        if (endpoint.getRawUserInfo() != null) {
            throw new IllegalArgumentException("endpoint must not carry credentials; use accessKey and secretKey");
        }
        String scheme = endpoint.getScheme() == null ? "" : endpoint.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || endpoint.getHost() == null) {
            throw new IllegalArgumentException("endpoint must be an http(s)://host[:port] URI");
        }
        if (endpoint.getRawQuery() != null || endpoint.getRawFragment() != null) {
            throw new IllegalArgumentException("endpoint must not have a query or fragment");
        }
    }

    private static String normalizePrefix(String prefix) {
        if (prefix == null) {
            return "";
        }
        String trimmed = prefix.replaceAll("^/+|/+$", "");
        for (String segment : trimmed.split("/", -1)) {
            if (!trimmed.isEmpty() && (segment.isEmpty() || segment.equals(".") || segment.equals(".."))) {
                throw new IllegalArgumentException("prefix must not contain empty, '.' or '..' segments: " + prefix);
            }
        }
        return trimmed;
    }
}
