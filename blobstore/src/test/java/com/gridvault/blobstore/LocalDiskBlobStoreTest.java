package com.gridvault.blobstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalDiskBlobStoreTest extends BlobStoreContractTest {
    @TempDir
    Path root;

    @Override
    BlobStore newStore() {
        return new LocalDiskBlobStore(root);
    }

    @Override
    int storedCopies(String tenantId) throws IOException {
        Path folder = root.resolve(tenantId);
        if (!Files.exists(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return (int) files.filter(Files::isRegularFile).count();
        }
    }

    @Override
    int leftovers() throws IOException {
        return tempFiles().size();
    }

    private List<Path> tempFiles() throws IOException {
        try (Stream<Path> files = Files.list(root.resolve(".tmp"))) {
            return files.toList();
        }
    }

    @Test
    void laysBlobsOutByTenantAndTwoFanOutLevels() throws Exception {
        byte[] data = TestData.random(5_000, 20);
        String sha = store.put(TENANT, new ByteArrayInputStream(data), NO_LIMIT).sha256();

        Path expected = root.resolve(TENANT)
                .resolve(sha.substring(0, 2))
                .resolve(sha.substring(2, 4))
                .resolve(sha);
        assertThat(expected).exists().hasBinaryContent(data);
    }

    @Test
    void removesOnlyStaleTempFilesWhenOpened() throws Exception {
        Path temp = root.resolve(".tmp");
        Path stale = Files.write(temp.resolve("put-crashed.part"), new byte[] {1, 2, 3});
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path recent = Files.write(temp.resolve("put-running.part"), new byte[] {4});
        Files.setLastModifiedTime(recent, FileTime.from(Instant.now().minus(Duration.ofMinutes(10))));

        try (BlobStore reopened = new LocalDiskBlobStore(root)) {
            assertThat(reopened.describe()).isEqualTo("disk:" + root.toAbsolutePath());
        }

        assertThat(stale).doesNotExist();
        assertThat(recent).exists();
    }

    @Test
    void neverShowsABlobWhileItIsBeingWritten() throws Exception {
        byte[] data = TestData.random(2 * 1024 * 1024, 21);
        String sha = TestData.sha256(data);
        var content = new TestData.PausingStream(data, 1024 * 1024);

        CompletableFuture<StoredBlob> put = CompletableFuture.supplyAsync(() -> {
            try {
                return store.put(TENANT, content, NO_LIMIT);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            assertThat(content.paused.await(30, TimeUnit.SECONDS)).isTrue();

            // Half the bytes are on disk, in the temporary folder only.
            assertThat(tempFiles()).singleElement().satisfies(part -> assertThat(Files.size(part))
                    .isEqualTo(1024 * 1024));
            assertThat(store.size(TENANT, sha)).isEmpty();
            assertThatThrownBy(() -> store.open(TENANT, sha)).isInstanceOf(NoSuchBlobException.class);
            assertThat(storedCopies(TENANT)).isZero();
        } finally {
            content.resume.countDown();
        }

        assertThat(put.get(30, TimeUnit.SECONDS).created()).isTrue();
        assertThat(store.size(TENANT, sha)).hasValue(data.length);
        assertThat(tempFiles()).isEmpty();
    }

    @Test
    void createsItsRootAndDescribesIt() throws Exception {
        Path nested = root.resolve("data/blobs");

        try (BlobStore created = new LocalDiskBlobStore(nested)) {
            assertThat(nested.resolve(".tmp")).isDirectory();
            assertThat(created.describe()).isEqualTo("disk:" + nested.toAbsolutePath());
        }
    }

    @Test
    void failsClearlyWhenTheRootCannotBeCreated() throws Exception {
        Path file = Files.write(root.resolve("not-a-folder"), new byte[] {1});

        assertThatThrownBy(() -> new LocalDiskBlobStore(file.resolve("blobs")))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("not-a-folder");
    }
}
