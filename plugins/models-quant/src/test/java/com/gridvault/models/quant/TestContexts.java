package com.gridvault.models.quant;

import com.gridvault.plugin.api.model.ModelContext;
import com.gridvault.plugin.api.model.ModelLimits;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

/** Model contexts for tests: chosen executor and parallelism, recorded progress, scripted cancellation. */
public final class TestContexts {

    private TestContexts() {}

    /**
     * A context that records progress and cancels after {@code cancelAfterPolls} cancellation polls.
     *
     * @param limits the limits
     * @param executor the executor
     * @param parallelism the parallelism
     * @param cancelAfterPolls polls answered "not cancelled" before answering "cancelled"; negative never
     * @return the context
     */
    public static Recording context(ModelLimits limits, Executor executor, int parallelism, int cancelAfterPolls) {
        return new Recording(limits, executor, parallelism, cancelAfterPolls);
    }

    /** A context that records what the model reported. */
    public static final class Recording implements ModelContext {

        private final ModelLimits limits;
        private final Executor executor;
        private final int parallelism;
        private final int cancelAfterPolls;
        private final AtomicInteger polls = new AtomicInteger();
        private final List<Double> progress = new CopyOnWriteArrayList<>();

        Recording(ModelLimits limits, Executor executor, int parallelism, int cancelAfterPolls) {
            this.limits = limits;
            this.executor = executor;
            this.parallelism = parallelism;
            this.cancelAfterPolls = cancelAfterPolls;
        }

        /** Returns every progress fraction reported, in order. */
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
            return cancelAfterPolls >= 0 && polls.incrementAndGet() > cancelAfterPolls;
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
