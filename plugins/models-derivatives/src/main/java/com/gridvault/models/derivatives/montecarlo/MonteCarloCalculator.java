package com.gridvault.models.derivatives.montecarlo;

import com.gridvault.plugin.api.model.ModelContext;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Prices options by Monte Carlo simulation of GBM (Glasserman, Monte Carlo Methods in Financial
 * Engineering, sections 3.2 and 4.2; Hull, Options, Futures and Other Derivatives, section 21.6).
 *
 * <p>The samples are cut into {@value #BLOCKS} blocks. Block b draws from the b-th stream split off
 * {@code new SplittableRandom(seed)}, so which thread runs it does not matter, and the blocks'
 * statistics are merged in block order. The calling thread works through the blocks itself, helped by
 * up to {@code parallelism - 1} tasks on the context's executor; it never waits on a task that has not
 * started, so a saturated executor slows the run down but cannot deadlock it.
 */
public final class MonteCarloCalculator {

    /** The shared instance. */
    public static final MonteCarloCalculator DEFAULT = new MonteCarloCalculator();

    /** The fixed number of independent random streams; changing it changes every result. */
    public static final int BLOCKS = 64;

    private static final double Z_95 = 1.959963984540054;
    private static final long POLL_MILLIS = 20;

    private MonteCarloCalculator() {}

    /**
     * Simulates the paths and estimates the price.
     *
     * @param input a valid input
     * @param context executor, progress and cancellation
     * @return the estimate with its standard error and 95% confidence interval
     * @throws CancellationException when the context is cancelled mid-run
     */
    public MonteCarloResult calculate(MonteCarloInput input, ModelContext context) {
        long samples = input.antithetic() ? input.paths() / 2 : input.paths();
        SplittableRandom root = new SplittableRandom(input.seed());
        SplittableRandom[] streams = new SplittableRandom[BLOCKS];
        for (int b = 0; b < BLOCKS; b++) {
            streams[b] = root.split();
        }
        BlockResult[] results = simulate(new PathSimulator(input), streams, samples, context);

        BlockResult total = BlockResult.EMPTY;
        for (BlockResult block : results) {
            total = total.merge(block);
        }
        double discount = Math.exp(-input.rate() * input.timeToExpiry());
        double price = discount * total.mean();
        double standardError = discount * Math.sqrt(total.sumSquaredDeviations() / (total.count() - 1) / total.count());
        Double hitFraction = input.payoff() == PayoffType.BARRIER ? (double) total.barrierHits() / input.paths() : null;
        context.progress(1.0, "done");
        return new MonteCarloResult(
                price,
                standardError,
                price - Z_95 * standardError,
                price + Z_95 * standardError,
                input.paths(),
                input.steps(),
                BLOCKS,
                input.seed(),
                input.antithetic(),
                hitFraction);
    }

    private static BlockResult[] simulate(
            PathSimulator simulator, SplittableRandom[] streams, long samples, ModelContext context) {
        BlockResult[] results = new BlockResult[BLOCKS];
        AtomicInteger nextBlock = new AtomicInteger();
        CountDownLatch finished = new CountDownLatch(BLOCKS);
        AtomicBoolean abort = new AtomicBoolean();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable worker = () -> {
            int b;
            while (!abort.get() && (b = nextBlock.getAndIncrement()) < BLOCKS) {
                try {
                    long size = samples / BLOCKS + (b < samples % BLOCKS ? 1 : 0);
                    results[b] = simulator.simulate(streams[b], size, () -> abort.get() || context.isCancelled());
                } catch (RuntimeException | Error e) {
                    failure.compareAndSet(null, e);
                    abort.set(true);
                } finally {
                    finished.countDown();
                }
            }
        };
        int helpers = Math.min(Math.max(context.parallelism(), 1), BLOCKS) - 1;
        for (int h = 0; h < helpers; h++) {
            try {
                context.executor().execute(worker);
            } catch (RejectedExecutionException e) {
                break; // the calling thread does the rest
            }
        }
        context.progress(0.0, "simulating paths");
        worker.run();
        try {
            while (!finished.await(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                if (context.isCancelled() || failure.get() != null) {
                    abort.set(true);
                    break;
                }
                context.progress((double) (BLOCKS - finished.getCount()) / BLOCKS, "simulating paths");
            }
        } catch (InterruptedException e) {
            abort.set(true);
            Thread.currentThread().interrupt();
            throw new CancellationException("Interrupted while simulating paths");
        }
        rethrow(failure.get());
        context.throwIfCancelled();
        return results;
    }

    private static void rethrow(Throwable failure) {
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
    }
}
