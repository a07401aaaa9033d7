package com.gridvault.realtime;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A session's bounded outbound queue with one asynchronous send in flight at a time. Producers
 * never block: {@link #offer} fails when the queue is full and the caller drops the session.
 */
final class Outbox {

    /** Marks a ping in the queue, so pings never overlap a text send. */
    private static final Object PING = new Object();

    /** The last item of a finished outbox: runs once everything before it was sent. */
    private record Finish(Runnable action) {}

    private static final int IN_CALL = 0;
    private static final int RETURNED = 1;
    private static final int DONE_INLINE = 2;

    private final ArrayBlockingQueue<Object> queue;
    private final int capacity;
    private final Transport transport;
    private final Consumer<Throwable> onFailure;
    private final AtomicBoolean sending = new AtomicBoolean();
    private volatile boolean finished;

    /**
     * @param capacity messages that may wait
     * @param transport where messages go
     * @param onFailure called once when a send fails (the connection is gone)
     */
    Outbox(int capacity, Transport transport, Consumer<Throwable> onFailure) {
        // Two spare places for the final message and the finish marker.
        this.queue = new ArrayBlockingQueue<>(capacity + 2);
        this.capacity = capacity;
        this.transport = transport;
        this.onFailure = onFailure;
    }

    /**
     * Queues a text message.
     *
     * @param text the message
     * @return false when the queue is full or the outbox finished
     */
    boolean offer(String text) {
        return enqueue(text);
    }

    /** Queues a ping unless the queue is full or finished. */
    void offerPing() {
        enqueue(PING);
    }

    /**
     * Discards what waits, sends {@code last} after the message in flight, then runs {@code then}.
     * Later offers fail.
     *
     * @param last the final message, or null
     * @param then what to do after it was sent (or failed)
     */
    void finish(String last, Runnable then) {
        finished = true;
        queue.clear();
        if (last != null) {
            queue.offer(last);
        }
        queue.offer(new Finish(then));
        pump();
    }

    /** Discards everything; later offers fail. */
    void discard() {
        finished = true;
        queue.clear();
    }

    /**
     * Messages waiting, not counting the one in flight.
     *
     * @return the queue length
     */
    int size() {
        return queue.size();
    }

    private boolean enqueue(Object item) {
        if (finished || queue.size() >= capacity || !queue.offer(item)) {
            return false;
        }
        pump();
        return true;
    }

    /**
     * Sends the next item unless a send is in flight. A send that completes on this thread is
     * continued by this loop instead of recursing, so a fast socket cannot overflow the stack.
     */
    private void pump() {
        while (sending.compareAndSet(false, true)) {
            Object next = queue.poll();
            if (next == null) {
                sending.set(false);
                if (queue.isEmpty()) {
                    return;
                }
                continue;
            }
            if (next instanceof Finish finish) {
                finish.action().run();
                sending.set(false);
                continue;
            }
            if (next == PING) {
                transport.ping();
                sending.set(false);
                continue;
            }
            AtomicInteger state = new AtomicInteger(IN_CALL);
            transport.send((String) next, failure -> completed(failure, state));
            if (state.compareAndSet(IN_CALL, RETURNED)) {
                return; // the completion continues the pump
            }
            sending.set(false);
        }
    }

    private void completed(Throwable failure, AtomicInteger state) {
        if (failure != null) {
            discard();
            onFailure.accept(failure);
        }
        if (state.compareAndSet(IN_CALL, DONE_INLINE)) {
            return; // the sending loop goes on
        }
        sending.set(false);
        pump();
    }
}
