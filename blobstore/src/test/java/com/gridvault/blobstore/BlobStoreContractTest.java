package com.gridvault.blobstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@link BlobStore} contract. Each implementation's test extends this class and so runs every
 * test here against a real instance.
 */
abstract class BlobStoreContractTest {
    static final String TENANT = "acme-1";
    static final String OTHER_TENANT = "globex_2";
    static final long NO_LIMIT = Long.MAX_VALUE;

    BlobStore store;

    /** A fresh, empty store. */
    abstract BlobStore newStore() throws Exception;

    /** How many copies of blobs the backing storage holds for the tenant. */
    abstract int storedCopies(String tenantId) throws Exception;

    /** Temporary files (and, for S3, unfinished uploads) the store has left behind. */
    abstract int leftovers() throws Exception;

    @BeforeEach
    void openStore() throws Exception {
        store = newStore();
    }

    @AfterEach
    void closeStore() throws IOException {
        store.close();
    }

    @Test
    void roundTripsSeveralMegabytesStreamedIn() throws Exception {
        byte[] data = TestData.random(5 * 1024 * 1024 + 123, 1);

        StoredBlob stored = store.put(TENANT, TestData.trickling(data), NO_LIMIT);

        assertThat(stored).isEqualTo(new StoredBlob(TestData.sha256(data), data.length, true));
        try (InputStream in = store.open(TENANT, stored.sha256())) {
            assertThat(in.readAllBytes()).isEqualTo(data);
        }
        assertThat(store.size(TENANT, stored.sha256())).hasValue(data.length);
        assertThat(storedCopies(TENANT)).isEqualTo(1);
        assertThat(leftovers()).isZero();
    }

    @Test
    void storesEmptyContentUnderTheDigestOfNothing() throws Exception {
        StoredBlob stored = store.put(TENANT, InputStream.nullInputStream(), 0);

        // SHA-256 of the empty string, FIPS 180-4 test vectors / `sha256sum < /dev/null`.
        assertThat(stored.sha256()).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(stored.size()).isZero();
        try (InputStream in = store.open(TENANT, stored.sha256())) {
            assertThat(in.readAllBytes()).isEmpty();
        }
    }

    @Test
    void keepsOneCopyOfRepeatedContent() throws Exception {
        byte[] data = TestData.random(300_000, 2);

        StoredBlob first = store.put(TENANT, new ByteArrayInputStream(data), NO_LIMIT);
        StoredBlob second = store.put(TENANT, new ByteArrayInputStream(data), NO_LIMIT);

        assertThat(first.created()).isTrue();
        assertThat(second).isEqualTo(new StoredBlob(first.sha256(), data.length, false));
        assertThat(storedCopies(TENANT)).isEqualTo(1);
        assertThat(leftovers()).isZero();
    }

    @Test
    void keepsTenantsApart() throws Exception {
        byte[] data = TestData.random(10_000, 3);
        String sha = store.put(TENANT, new ByteArrayInputStream(data), NO_LIMIT).sha256();

        assertThatThrownBy(() -> store.open(OTHER_TENANT, sha)).isInstanceOf(NoSuchBlobException.class);
        assertThatThrownBy(() -> store.openRange(OTHER_TENANT, sha, 0, 10)).isInstanceOf(NoSuchBlobException.class);
        assertThat(store.size(OTHER_TENANT, sha)).isEmpty();
        assertThat(store.delete(OTHER_TENANT, sha)).isFalse();
        assertThat(store.size(TENANT, sha)).hasValue(data.length);

        // The same bytes for the other tenant are the other tenant's own copy.
        assertThat(store.put(OTHER_TENANT, new ByteArrayInputStream(data), NO_LIMIT)
                        .created())
                .isTrue();
        assertThat(store.delete(OTHER_TENANT, sha)).isTrue();
        try (InputStream in = store.open(TENANT, sha)) {
            assertThat(in.readAllBytes()).isEqualTo(data);
        }
        assertThat(storedCopies(OTHER_TENANT)).isZero();
    }

    @Test
    void readsRanges() throws Exception {
        byte[] data = TestData.random(200_000, 4);
        String sha = store.put(TENANT, new ByteArrayInputStream(data), NO_LIMIT).sha256();

        assertThat(range(sha, 0, 100)).isEqualTo(Arrays.copyOfRange(data, 0, 100));
        assertThat(range(sha, 123_456, 70_000)).isEqualTo(Arrays.copyOfRange(data, 123_456, 193_456));
        assertThat(range(sha, 199_999, 1)).isEqualTo(Arrays.copyOfRange(data, 199_999, 200_000));
        assertThat(range(sha, 150_000, 100_000)).isEqualTo(Arrays.copyOfRange(data, 150_000, 200_000));
        assertThat(range(sha, 10, Long.MAX_VALUE)).isEqualTo(Arrays.copyOfRange(data, 10, 200_000));
        assertThat(range(sha, 5, 0)).isEmpty();
    }

    @Test
    void rejectsRangesOutsideTheBlob() throws Exception {
        String sha = store.put(TENANT, new ByteArrayInputStream(TestData.random(1_000, 5)), NO_LIMIT)
                .sha256();

        assertThatThrownBy(() -> store.openRange(TENANT, sha, 1_000, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("offset");
        assertThatThrownBy(() -> store.openRange(TENANT, sha, 5_000, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("offset");
        assertThatThrownBy(() -> store.openRange(TENANT, sha, -1, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("offset");
        assertThatThrownBy(() -> store.openRange(TENANT, sha, 0, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("length");
        String absent = TestData.sha256(new byte[] {42});
        assertThatThrownBy(() -> store.openRange(TENANT, absent, 0, 1)).isInstanceOf(NoSuchBlobException.class);
    }

    @Test
    void acceptsExactlyTheLimit() throws Exception {
        byte[] data = TestData.random(100_000, 6);

        StoredBlob stored = store.put(TENANT, new ByteArrayInputStream(data), data.length);

        assertThat(stored.size()).isEqualTo(data.length);
        assertThat(store.size(TENANT, stored.sha256())).hasValue(data.length);
    }

    @Test
    void rejectsOneByteOverTheLimitAndStoresNothing() throws Exception {
        byte[] data = TestData.random(100_001, 7);

        assertThatThrownBy(() -> store.put(TENANT, new ByteArrayInputStream(data), 100_000))
                .isInstanceOfSatisfying(
                        BlobTooLargeException.class, e -> assertThat(e.limit()).isEqualTo(100_000));

        assertThat(store.size(TENANT, TestData.sha256(data))).isEmpty();
        assertThat(storedCopies(TENANT)).isZero();
        assertThat(leftovers()).isZero();
    }

    @Test
    void stopsReadingOnceOverTheLimit() throws Exception {
        var content = new TestData.CountingStream(new ByteArrayInputStream(TestData.random(8 * 1024 * 1024, 8)));

        assertThatThrownBy(() -> store.put(TENANT, content, 1_000)).isInstanceOf(BlobTooLargeException.class);

        assertThat(content.count()).isEqualTo(1_001);
    }

    @Test
    void leavesNothingWhenTheContentFailsMidway() throws Exception {
        byte[] data = TestData.random(1_000_000, 9);

        assertThatThrownBy(() -> store.put(TENANT, TestData.failingAfter(data, 400_000), NO_LIMIT))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("connection reset");

        assertThat(storedCopies(TENANT)).isZero();
        assertThat(leftovers()).isZero();
    }

    @Test
    void deletes() throws Exception {
        byte[] data = TestData.random(20_000, 10);
        String sha = store.put(TENANT, new ByteArrayInputStream(data), NO_LIMIT).sha256();

        assertThat(store.delete(TENANT, sha)).isTrue();

        assertThat(store.size(TENANT, sha)).isEmpty();
        assertThatThrownBy(() -> store.open(TENANT, sha))
                .isInstanceOf(NoSuchBlobException.class)
                .hasMessageContaining(sha);
        assertThat(store.delete(TENANT, sha)).isFalse();
        assertThat(storedCopies(TENANT)).isZero();
        assertThat(store.put(TENANT, new ByteArrayInputStream(data), NO_LIMIT).created())
                .isTrue();
    }

    @Test
    void storesConcurrentPutsOfTheSameContentOnce() throws Exception {
        byte[] data = TestData.random(1024 * 1024, 11);
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        CyclicBarrier allRead = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<StoredBlob>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<StoredBlob> put = () -> {
                    start.await();
                    return store.put(TENANT, TestData.endingTogether(data, allRead), NO_LIMIT);
                };
                futures.add(pool.submit(put));
            }
            start.countDown();
            List<StoredBlob> results = new ArrayList<>();
            for (Future<StoredBlob> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }

            assertThat(results).extracting(StoredBlob::sha256).containsOnly(TestData.sha256(data));
            assertThat(results).filteredOn(StoredBlob::created).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        try (InputStream in = store.open(TENANT, TestData.sha256(data))) {
            assertThat(in.readAllBytes()).isEqualTo(data);
        }
        assertThat(storedCopies(TENANT)).isEqualTo(1);
        assertThat(leftovers()).isZero();
    }

    static Stream<String> badTenantIds() {
        return Stream.of("../x", "", "a/b", "..", "tenant.one", "t\u00e9nant", " acme", "x".repeat(65), null);
    }

    static Stream<String> badDigests() {
        String valid = TestData.sha256(new byte[0]);
        return Stream.of(
                "../x",
                "",
                valid.toUpperCase(Locale.ROOT),
                valid.substring(1),
                valid + "0",
                "../" + valid.substring(3),
                valid.substring(0, 63) + "g",
                null);
    }

    @ParameterizedTest
    @MethodSource("badTenantIds")
    void rejectsBadTenantIdsEverywhere(String tenantId) {
        String sha = TestData.sha256(new byte[0]);
        assertThatThrownBy(() -> store.put(tenantId, new ByteArrayInputStream(new byte[1]), NO_LIMIT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tenantId");
        assertThatThrownBy(() -> store.open(tenantId, sha)).hasMessageContaining("tenantId");
        assertThatThrownBy(() -> store.openRange(tenantId, sha, 0, 1)).hasMessageContaining("tenantId");
        assertThatThrownBy(() -> store.size(tenantId, sha)).hasMessageContaining("tenantId");
        assertThatThrownBy(() -> store.delete(tenantId, sha))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tenantId");
    }

    @ParameterizedTest
    @MethodSource("badDigests")
    void rejectsBadDigestsEverywhere(String sha256) {
        assertThatThrownBy(() -> store.open(TENANT, sha256))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sha256");
        assertThatThrownBy(() -> store.openRange(TENANT, sha256, 0, 1)).hasMessageContaining("sha256");
        assertThatThrownBy(() -> store.size(TENANT, sha256)).hasMessageContaining("sha256");
        assertThatThrownBy(() -> store.delete(TENANT, sha256))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sha256");
    }

    @Test
    void rejectsANegativeLimitAndMissingContent() {
        assertThatThrownBy(() -> store.put(TENANT, new ByteArrayInputStream(new byte[1]), -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxBytes");
        assertThatThrownBy(() -> store.put(TENANT, null, NO_LIMIT))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("content");
    }

    private byte[] range(String sha, long offset, long length) throws IOException {
        try (InputStream in = store.openRange(TENANT, sha, offset, length)) {
            return in.readAllBytes();
        }
    }
}
