package com.gridvault.search.lucene;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Runs a compaction once writes have been idle for a while: bulk loads (a workspace rebuild sends
 * thousands of small batches) leave tens of segments, and every segment costs a full HNSW search.
 * Each write pushes the deadline back, so a running bulk load is never merged half-way.
 */
final class Compaction implements AutoCloseable {

    /** The work to run: merges the index down and publishes it. */
    interface Task {
        void run() throws IOException;
    }

    private static final Logger LOG = System.getLogger(Compaction.class.getName());

    private final ScheduledExecutorService scheduler;
    private final long idleSeconds;
    private final Task task;
    private ScheduledFuture<?> pending;

    Compaction(int idleSeconds, String name, Task task) {
        this.idleSeconds = idleSeconds;
        this.task = task;
        if (idleSeconds == 0) {
            this.scheduler = null;
        } else {
            ScheduledThreadPoolExecutor s = new ScheduledThreadPoolExecutor(1, r -> {
                Thread t = new Thread(r, "lucene-compaction " + name);
                t.setDaemon(true);
                return t;
            });
            s.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
            s.setRemoveOnCancelPolicy(true);
            this.scheduler = s;
        }
    }

    /** Restarts the idle clock after a write. */
    synchronized void written() {
        if (scheduler == null || scheduler.isShutdown()) {
            return;
        }
        if (pending != null) {
            pending.cancel(false);
        }
        pending = scheduler.schedule(this::runQuietly, idleSeconds, TimeUnit.SECONDS);
    }

    /**
     * Cancels a scheduled compaction. One already running is aborted by closing the writer, never by
     * interrupting its thread: an interrupt during file I/O closes Lucene's channels, the write lock's
     * among them.
     */
    @Override
    public synchronized void close() {
        if (scheduler != null) {
            scheduler.shutdown();
        }
    }

    private void runQuietly() {
        try {
            task.run();
        } catch (IOException | IllegalStateException e) {
            // The index was closed mid-merge (plugin stop) or the disk failed; the next write retries.
            LOG.log(Level.WARNING, "Background compaction of the Lucene index stopped: " + e, e);
        }
    }
}
