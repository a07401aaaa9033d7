package com.gridvault.models.derivatives;

import com.gridvault.plugin.api.model.ModelContext;
import com.gridvault.plugin.api.model.ModelLimits;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;

/** Model contexts for tests: chosen executor and parallelism, recorded progress, scripted cancellation. */
public final class TestContexts {

    private TestContexts() {}

    /**
     * A context with the given limits, the calling thread as executor and no cancellation.
     *
     * @param limits the limits
     * @return the context
     */
    public static Recording withLimits(ModelLimits limits) {
        return new Recording(limits, Runnable::run, 1, () -> false);
    }

    /**
     * A context with default limits on the given executor.
     *
     * @param executor where helper tasks run
     * @param parallelism what the context reports
     * @return the context
     */
    public static Recording on(Executor executor, int parallelism) {
        return new Recording(ModelLimits.DEFAULT, executor, parallelism, () -> false);
    }

    /**
     * A context that reports cancellation once {@code cancelled} says so.
     *
     * @param cancelled polled on every isCancelled call
     * @return the context
     */
    public static Recording cancelledWhen(BooleanSupplier cancelled) {
        return new Recording(ModelLimits.DEFAULT, Runnable::run, 1, cancelled);
    }

    /** A context that records every progress report. */
    public static final class Recording implements ModelContext {
        private final ModelLimits limits;
        private final Executor executor;
        private final int parallelism;
        private final BooleanSupplier cancelled;
        private final List<Double> progress = new CopyOnWriteArrayList<>();

        Recording(ModelLimits limits, Executor executor, int parallelism, BooleanSupplier cancelled) {
            this.limits = limits;
            this.executor = executor;
            this.parallelism = parallelism;
            this.cancelled = cancelled;
        }

        /**
         * Returns the fractions reported so far.
         *
         * @return the progress reports in order
         */
        public List<Double> progress() {
            return progress;
        }

        @Override
        public ModelLimits limits() {
            return limits;
        }

        @Override
        public void progress(double fraction, String stage) {
            progress.add(fraction);
        }

        @Override
        public boolean isCancelled() {
            return cancelled.getAsBoolean();
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
}
