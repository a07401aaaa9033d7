package com.gridvault.plugin.api.model;

import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;

/**
 * What the host offers a model while it runs: limits, a place to report progress, cancellation,
 * and the executor to use for parallel work.
 *
 * <p>Results must not depend on {@link #parallelism()}: a model that splits work splits it into a
 * fixed number of deterministic blocks (e.g. one seeded random stream per block), so a re-run with
 * the same input gives the same bits on any machine.
 */
public interface ModelContext {

    /**
     * Returns the ceilings this run must respect.
     *
     * @return the limits
     */
    ModelLimits limits();

    /**
     * Reports progress. Cheap enough to call every few milliseconds; the host throttles delivery.
     * May be called from any thread.
     *
     * @param fraction done so far, from 0 to 1
     * @param stage a short human label for the current step, e.g. "simulating paths"
     */
    void progress(double fraction, String stage);

    /**
     * Tells whether the caller has cancelled this run. Long loops should poll it (or {@link
     * #throwIfCancelled()}) every few thousand iterations.
     *
     * @return true once cancelled
     */
    boolean isCancelled();

    /**
     * Throws when the run was cancelled.
     *
     * @throws CancellationException when {@link #isCancelled()} is true
     */
    default void throwIfCancelled() {
        if (isCancelled()) {
            throw new CancellationException("The model run was cancelled");
        }
    }

    /**
     * Returns the executor for parallel work; tasks submitted here count against the appliance's
     * compute budget instead of creating private threads.
     *
     * @return the executor
     */
    Executor executor();

    /**
     * Returns how many tasks may usefully run at once on {@link #executor()}.
     *
     * @return at least 1
     */
    int parallelism();

    /**
     * A context for running models outside the appliance (tests, benchmarks, notebooks): default
     * limits, progress ignored, never cancelled, the common fork-join pool.
     *
     * @return a standalone context
     */
    static ModelContext standalone() {
        return standalone(ModelLimits.DEFAULT);
    }

    /**
     * A standalone context with the given limits.
     *
     * @param limits the limits to enforce
     * @return a standalone context
     */
    static ModelContext standalone(ModelLimits limits) {
        return new ModelContext() {
            @Override
            public ModelLimits limits() {
                return limits;
            }

            @Override
            public void progress(double fraction, String stage) {}

            @Override
            public boolean isCancelled() {
                return false;
            }

            @Override
            public Executor executor() {
                return ForkJoinPool.commonPool();
            }

            @Override
            public int parallelism() {
                // The common pool has cores - 1 workers; the calling thread is the remaining one.
                return Runtime.getRuntime().availableProcessors();
            }
        };
    }
}
