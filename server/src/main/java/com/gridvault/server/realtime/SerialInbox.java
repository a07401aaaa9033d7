package com.gridvault.server.realtime;

import java.lang.System.Logger.Level;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Runs one connection's protocol messages in arrival order on a shared executor, one at a time, so a
 * slow request (an AI call) holds neither the WebSocket thread nor other connections. A quick task
 * that finds the inbox idle runs on the offering thread instead, sparing the hand-off. Bounded: a
 * client that sends faster than its requests finish is told so.
 */
final class SerialInbox {

    private static final System.Logger LOG = System.getLogger(SerialInbox.class.getName());

    private final Executor executor;
    private final int capacity;
    private final Queue<Runnable> queue = new ArrayDeque<>();
    private boolean running;
    private boolean closed;

    SerialInbox(Executor executor, int capacity) {
        this.executor = executor;
        this.capacity = capacity;
    }

    /**
     * Queues a task behind the connection's earlier ones.
     *
     * @return false when the inbox is full or closed (the task will not run)
     */
    boolean offer(Runnable task) {
        synchronized (this) {
            if (closed || queue.size() >= capacity) {
                return false;
            }
            queue.add(task);
            if (running) {
                return true;
            }
            running = true;
        }
        return handOff();
    }

    /**
     * Runs a task that never blocks on this thread when nothing of the connection runs or waits;
     * otherwise queues it like {@link #offer}.
     *
     * @return false when the inbox is full or closed (the task will not run)
     */
    boolean offerQuick(Runnable task) {
        synchronized (this) {
            if (closed || running || !queue.isEmpty()) {
                return offer(task);
            }
            running = true;
        }
        run(task);
        synchronized (this) {
            if (queue.isEmpty()) {
                running = false;
                return true;
            }
        }
        // Another thread queued behind it meanwhile: the executor goes on in order.
        handOff();
        return true;
    }

    private boolean handOff() {
        try {
            executor.execute(this::drain);
        } catch (RejectedExecutionException e) {
            synchronized (this) {
                running = false;
                queue.clear();
            }
            LOG.log(Level.WARNING, "protocol executor refused work", e);
            return false;
        }
        return true;
    }

    /** Drops waiting tasks and refuses new ones; the task running now finishes. */
    synchronized void close() {
        closed = true;
        queue.clear();
    }

    private void drain() {
        while (true) {
            Runnable next;
            synchronized (this) {
                next = queue.poll();
                if (next == null) {
                    running = false;
                    return;
                }
            }
            run(next);
        }
    }

    private static void run(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "a protocol message failed", e);
        }
    }
}
