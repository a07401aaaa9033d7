package com.gridvault.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class OutboxTest {

    @Test
    void sendsInOrderOneAtATime() {
        FakeTransport transport = new FakeTransport().holding();
        Outbox outbox = new Outbox(10, transport, failure -> {});

        assertThat(outbox.offer("a")).isTrue();
        assertThat(outbox.offer("b")).isTrue();
        assertThat(outbox.offer("c")).isTrue();
        assertThat(transport.sent()).containsExactly("a");
        assertThat(outbox.size()).isEqualTo(2);

        transport.completeNext();
        assertThat(transport.sent()).containsExactly("a", "b");
        transport.completeNext();
        transport.completeNext();

        assertThat(transport.sent()).containsExactly("a", "b", "c");
        assertThat(transport.maxInFlight()).isEqualTo(1);
        assertThat(outbox.size()).isZero();
    }

    @Test
    void fullQueueRefusesWithoutBlocking() {
        FakeTransport transport = new FakeTransport().holding();
        Outbox outbox = new Outbox(3, transport, failure -> {});

        outbox.offer("in flight");
        for (int i = 0; i < 3; i++) {
            assertThat(outbox.offer("q" + i)).isTrue();
        }

        assertThat(outbox.offer("one too many")).isFalse();
        assertThat(outbox.size()).isEqualTo(3);
    }

    @Test
    void sendsCompletingOnTheCallersThreadDoNotGrowTheStack() {
        FakeTransport transport = new FakeTransport().holding();
        Outbox outbox = new Outbox(200_000, transport, failure -> {});
        for (int i = 0; i < 100_000; i++) {
            outbox.offer("m" + i);
        }

        // From now on every send completes on the calling thread: draining 100,000 queued messages
        // from one completion would overflow the stack if the pump recursed.
        transport.releaseAll();

        assertThat(transport.sent()).hasSize(100_000);
        assertThat(outbox.size()).isZero();
    }

    @Test
    void finishDropsWhatWaitsSendsTheLastMessageThenRunsTheAction() {
        FakeTransport transport = new FakeTransport().holding();
        Outbox outbox = new Outbox(5, transport, failure -> {});
        AtomicInteger finished = new AtomicInteger();
        outbox.offer("in flight");
        outbox.offer("waiting 1");
        outbox.offer("waiting 2");

        outbox.finish("goodbye", finished::incrementAndGet);
        assertThat(outbox.offer("too late")).isFalse();
        assertThat(finished).hasValue(0);

        transport.completeNext(); // "in flight"
        assertThat(transport.sent()).containsExactly("in flight", "goodbye");
        assertThat(finished).hasValue(0);
        transport.completeNext(); // "goodbye"

        assertThat(finished).hasValue(1);
    }

    @Test
    void failedSendReportsOnceAndDiscards() {
        FakeTransport transport = new FakeTransport().holding();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Outbox outbox = new Outbox(5, transport, failure::set);
        outbox.offer("a");
        outbox.offer("b");

        transport.failNext(new IOException("broken pipe"));

        assertThat(failure.get()).hasMessage("broken pipe");
        assertThat(transport.sent()).containsExactly("a");
        assertThat(outbox.offer("c")).isFalse();
    }

    @Test
    void pingsWaitForTheTextInFlight() {
        FakeTransport transport = new FakeTransport().holding();
        Outbox outbox = new Outbox(5, transport, failure -> {});
        outbox.offer("a");
        outbox.offerPing();
        assertThat(transport.pings()).isZero();

        transport.completeNext();

        assertThat(transport.pings()).isEqualTo(1);
    }

    @Test
    void concurrentProducersNeverOverlapSendsAndLoseNothing() throws Exception {
        FakeTransport transport = new FakeTransport();
        Outbox outbox = new Outbox(100_000, transport, failure -> {});
        int threads = 4;
        int each = 5_000;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<java.util.concurrent.Future<?>> runs = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            runs.add(pool.submit(() -> {
                go.await();
                for (int i = 0; i < each; i++) {
                    outbox.offer(thread + ":" + i);
                }
                return null;
            }));
        }
        go.countDown();
        for (var run : runs) {
            run.get(10, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(transport.sent()).hasSize(threads * each).doesNotHaveDuplicates();
        assertThat(transport.maxInFlight()).isEqualTo(1);
    }
}
