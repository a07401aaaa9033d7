package com.gridvault.blobstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/** The contract, and S3 specifics, against a real S3 server (s3proxy) in this JVM. */
class S3BlobStoreTest extends BlobStoreContractTest {
    private static final String BUCKET = "gridvault-test";
    private static final AtomicInteger PREFIXES = new AtomicInteger();

    private static S3ProxyServer server;
    private static S3Client inspector;

    @TempDir
    Path spool;

    /** Each test has its own prefix, so it sees only its own objects. */
    private String prefix;

    @BeforeAll
    static void startServer() throws Exception {
        server = new S3ProxyServer();
        inspector = server.client();
        inspector.createBucket(r -> r.bucket(BUCKET));
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (inspector != null) {
            inspector.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Override
    BlobStore newStore() {
        prefix = "blobs/run-" + PREFIXES.incrementAndGet();
        return new S3BlobStore(server.settings(BUCKET, prefix), spool);
    }

    @Override
    int storedCopies(String tenantId) {
        return keysUnder(prefix + "/" + tenantId + "/").length;
    }

    @Override
    int leftovers() throws IOException {
        int unfinishedUploads = inspector
                .listMultipartUploads(r -> r.bucket(BUCKET).prefix(prefix + "/"))
                .uploads()
                .size();
        try (Stream<Path> files = Files.list(spool)) {
            return (int) files.count() + unfinishedUploads;
        }
    }

    private String[] keysUnder(String keyPrefix) {
        return inspector.listObjectsV2(r -> r.bucket(BUCKET).prefix(keyPrefix)).contents().stream()
                .map(S3Object::key)
                .toArray(String[]::new);
    }

    @Test
    void namesObjectsPrefixTenantDigest() throws Exception {
        String sha = store.put(TENANT, new ByteArrayInputStream(TestData.random(1_000, 30)), NO_LIMIT)
                .sha256();

        assertThat(keysUnder(prefix + "/")).containsExactly(prefix + "/" + TENANT + "/" + sha);
        assertThat(store.describe()).isEqualTo("s3:" + BUCKET + "/" + prefix);
    }

    @Test
    void uploadsLargeContentInParts() throws Exception {
        byte[] data = TestData.random(12 * 1024 * 1024 + 17, 31);
        try (BlobStore parts =
                new S3BlobStore(server.settings(BUCKET, prefix), spool, 6 * 1024 * 1024, 5 * 1024 * 1024)) {

            StoredBlob stored = parts.put(TENANT, TestData.trickling(data), NO_LIMIT);

            assertThat(stored).isEqualTo(new StoredBlob(TestData.sha256(data), data.length, true));
            // A multipart object's ETag ends in "-<number of parts>".
            String eTag = inspector
                    .headObject(r -> r.bucket(BUCKET).key(prefix + "/" + TENANT + "/" + stored.sha256()))
                    .eTag();
            assertThat(eTag).endsWith("-3\"");
            try (InputStream in = parts.open(TENANT, stored.sha256())) {
                assertThat(in.readAllBytes()).isEqualTo(data);
            }
            try (InputStream in = parts.openRange(TENANT, stored.sha256(), 5 * 1024 * 1024 - 10, 20)) {
                assertThat(in.readAllBytes())
                        .isEqualTo(Arrays.copyOfRange(data, 5 * 1024 * 1024 - 10, 5 * 1024 * 1024 + 10));
            }
        }
        assertThat(leftovers()).isZero();
    }

    @Test
    void reportsWrongCredentialsWithoutTheSecret() throws IOException {
        String secret = "wrong-secret-0123456789";
        var settings =
                new S3Settings(server.endpoint(), S3ProxyServer.REGION, BUCKET, prefix, "intruder", secret, true);
        try (BlobStore intruder = new S3BlobStore(settings, spool)) {
            String sha = TestData.sha256(new byte[0]);

            assertThatThrownBy(() -> intruder.open(TENANT, sha))
                    .isInstanceOf(IOException.class)
                    .isNotInstanceOf(NoSuchBlobException.class)
                    .hasMessageContaining("HTTP 403")
                    .hasMessageContaining(BUCKET)
                    .hasMessageNotContaining(secret);
            assertThatThrownBy(() -> intruder.put(TENANT, new ByteArrayInputStream(new byte[10]), NO_LIMIT))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("HTTP 403")
                    .hasMessageNotContaining(secret);
        }
    }

    @Test
    void reportsAMissingBucket() throws IOException {
        try (BlobStore missing = new S3BlobStore(server.settings("no-such-bucket", ""), spool)) {
            assertThatThrownBy(() -> missing.put(TENANT, new ByteArrayInputStream(new byte[10]), NO_LIMIT))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("no-such-bucket")
                    .hasMessageContaining("NoSuchBucket");
        }
        assertThat(leftovers()).isZero();
    }
}
