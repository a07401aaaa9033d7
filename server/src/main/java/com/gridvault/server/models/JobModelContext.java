package com.gridvault.server.models;

import com.gridvault.plugin.api.model.ModelContext;
import com.gridvault.plugin.api.model.ModelLimits;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;

/**
 * The context of a model run executed as a job: progress reaches the job (at most every {@link
 * #INTERVAL_NANOS}), and a cancellation request is seen at most that late too.
 */
final class JobModelContext implements ModelContext {

    static final long INTERVAL_NANOS = 250_000_000L;

    private final ModelLimits limits;
    private final Executor executor;
    private final int parallelism;
    private final BiConsumer<Double, String> progress;
    private final BooleanSupplier cancelled;
    private long lastProgress;
    private long lastCancelCheck;
    private volatile boolean cancelSeen;

    JobModelContext(
            ModelLimits limits,
            Executor executor,
            int parallelism,
            BiConsumer<Double, String> progress,
            BooleanSupplier cancelled) {
        this.limits = limits;
        this.executor = executor;
        this.parallelism = parallelism;
        this.progress = progress;
        this.cancelled = cancelled;
    }

    @Override
    public ModelLimits limits() {
        return limits;
    }

    @Override
    public synchronized void progress(double fraction, String stage) {
        long now = System.nanoTime();
        if (now - lastProgress >= INTERVAL_NANOS || fraction >= 1.0) {
            lastProgress = now;
            progress.accept(Math.max(0, Math.min(1, fraction)), stage == null ? "run" : stage);
        }
    }

    @Override
    public boolean isCancelled() {
        if (cancelSeen || Thread.currentThread().isInterrupted()) {
            return true;
        }
        long now = System.nanoTime();
        synchronized (this) {
            if (now - lastCancelCheck < INTERVAL_NANOS) {
                return false;
            }
            lastCancelCheck = now;
        }
        cancelSeen = cancelled.getAsBoolean();
        return cancelSeen;
    }

    @Override
    public Executor executor() {
        return executor;
    }

    @Override
    public int parallelism() {
        return parallelism;
    }
}
