package com.gridvault.server.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SerialInboxTest {

    private final ExecutorService executor = Executors.newFixedThreadPool(4);

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void runsTasksOneAtATimeInArrivalOrderOffTheOfferingThread() throws Exception {
        SerialInbox inbox = new SerialInbox(executor, 64);
        List<Integer> order = new CopyOnWriteArrayList<>();
        List<Thread> threads = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(50);
        for (int i = 0; i < 50; i++) {
            int n = i;
            assertThat(inbox.offer(() -> {
                        order.add(n);
                        threads.add(Thread.currentThread());
                        done.countDown();
                    }))
                    .isTrue();
        }
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(order)
                .containsExactlyElementsOf(
                        java.util.stream.IntStream.range(0, 50).boxed().toList());
        assertThat(threads).doesNotContain(Thread.currentThread());
    }

    @Test
    void refusesWhenFullAndAfterClose() throws Exception {
        SerialInbox inbox = new SerialInbox(executor, 2);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        assertThat(inbox.offer(() -> {
                    started.countDown();
                    await(release);
                }))
                .isTrue();
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(inbox.offer(() -> {})).isTrue();
        assertThat(inbox.offer(() -> {})).isTrue();
        assertThat(inbox.offer(() -> {}))
                .as("third waiting task beyond capacity 2")
                .isFalse();
        assertThat(inbox.offerQuick(() -> {})).as("quick tasks count too").isFalse();
        inbox.close();
        release.countDown();
        assertThat(inbox.offer(() -> {})).isFalse();
        assertThat(inbox.offerQuick(() -> {})).isFalse();
    }

    @Test
    void quickTaskRunsOnTheOfferingThreadWhenIdle() {
        SerialInbox inbox = new SerialInbox(executor, 64);
        List<Thread> ran = new CopyOnWriteArrayList<>();
        assertThat(inbox.offerQuick(() -> ran.add(Thread.currentThread()))).isTrue();
        assertThat(ran).containsExactly(Thread.currentThread());
    }

    @Test
    void quickTaskWaitsBehindARunningTaskAndKeepsOrder() throws Exception {
        SerialInbox inbox = new SerialInbox(executor, 64);
        List<String> order = new CopyOnWriteArrayList<>();
        List<Thread> quickThread = new CopyOnWriteArrayList<>();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        inbox.offer(() -> {
            started.countDown();
            await(release);
            order.add("slow");
        });
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(inbox.offerQuick(() -> {
                    order.add("quick");
                    quickThread.add(Thread.currentThread());
                    done.countDown();
                }))
                .isTrue();
        assertThat(order).as("the quick task must not overtake the running one").isEmpty();
        release.countDown();
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(order).containsExactly("slow", "quick");
        assertThat(quickThread).doesNotContain(Thread.currentThread());
    }

    @Test
    void taskQueuedWhileAQuickTaskRunsIsHandedToTheExecutor() throws Exception {
        SerialInbox inbox = new SerialInbox(executor, 64);
        List<String> order = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        inbox.offerQuick(() -> {
            order.add("quick");
            // Another thread's message arrives while the quick one runs inline.
            Thread other = new Thread(() -> inbox.offer(() -> {
                order.add("next");
                done.countDown();
            }));
            other.start();
            join(other);
            assertThat(order).containsExactly("quick");
        });
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(order).containsExactly("quick", "next");
    }

    @Test
    void aFailingTaskDoesNotStopTheInbox() throws Exception {
        SerialInbox inbox = new SerialInbox(executor, 64);
        CountDownLatch done = new CountDownLatch(1);
        inbox.offerQuick(() -> {
            throw new IllegalStateException("plugin bug");
        });
        inbox.offer(() -> {
            throw new IllegalStateException("plugin bug");
        });
        inbox.offer(done::countDown);
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(inbox.offerQuick(() -> {})).isTrue();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
