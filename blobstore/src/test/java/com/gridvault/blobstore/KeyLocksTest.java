package com.gridvault.blobstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class KeyLocksTest {
    private static final String SHA_A = TestData.sha256(new byte[] {1});
    private static final String SHA_B = TestData.sha256(new byte[] {2});

    private final KeyLocks locks = new KeyLocks();

    @Test
    void aHeldBlobDoesNotBlockAnother() throws Exception {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Boolean> holder = CompletableFuture.supplyAsync(() -> call(() -> {
            holding.countDown();
            return release.await(30, TimeUnit.SECONDS);
        }));
        assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();

        // Same tenant, other digest; and same digest, other tenant: both run at once.
        assertThat(locks.withLock("t", SHA_B, () -> "free")).isEqualTo("free");
        assertThat(locks.withLock("u", SHA_A, () -> "free")).isEqualTo("free");

        release.countDown();
        assertThat(holder.get(30, TimeUnit.SECONDS)).isTrue();
        assertThat(locks.size()).isZero();
    }

    @Test
    void serializesOneBlob() throws Exception {
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger mostInside = new AtomicInteger();
        CompletableFuture<?>[] workers = new CompletableFuture<?>[8];
        for (int i = 0; i < workers.length; i++) {
            workers[i] = CompletableFuture.runAsync(() -> {
                for (int round = 0; round < 200; round++) {
                    call(() -> {
                        mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
                        Thread.yield();
                        inside.decrementAndGet();
                        return null;
                    });
                }
            });
        }
        CompletableFuture.allOf(workers).get(60, TimeUnit.SECONDS);

        assertThat(mostInside).hasValue(1);
        assertThat(locks.size()).isZero();
    }

    interface Body<T> {
        T run() throws Exception;
    }

    private <T> T call(Body<T> body) {
        try {
            return locks.withLock("t", SHA_A, () -> {
                try {
                    return body.run();
                } catch (Exception e) {
                    throw new IOException(e);
                }
            });
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
