package com.gridvault.models.quant.sweep;

import com.gridvault.models.quant.backtest.BacktestEngine;
import com.gridvault.models.quant.backtest.BacktestMetrics;
import com.gridvault.models.quant.backtest.BacktestSettings;
import com.gridvault.models.quant.backtest.StrategySpec;
import com.gridvault.models.quant.series.PriceSeries;
import com.gridvault.plugin.api.model.ModelContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Backtests many strategy specs over one series on the context's executor and ranks them.
 *
 * <p>Each grid point is an independent, deterministic backtest written to its own slot, and the
 * ranking breaks ties by grid index, so the table is the same for any parallelism or scheduling.
 * Workers take the next unclaimed point from a shared counter; the calling thread reports progress
 * and polls cancellation every 50 ms, and workers poll it before each point. Stateless; use {@link
 * #DEFAULT}.
 */
public final class SweepRunner {

    /** The shared instance. */
    public static final SweepRunner DEFAULT = new SweepRunner(BacktestEngine.DEFAULT);

    private static final long POLL_MILLIS = 50;

    private final BacktestEngine engine;

    private SweepRunner(BacktestEngine engine) {
        this.engine = engine;
    }

    /**
     * Runs and ranks.
     *
     * @param series the bars
     * @param specs resolved specs, in grid order
     * @param settings resolved settings
     * @param rankBy the ranking metric
     * @param context executor, parallelism, progress and cancellation
     * @return every row, best first
     * @throws CancellationException when the context is cancelled
     */
    public List<SweepRow> run(
            PriceSeries series,
            List<StrategySpec> specs,
            BacktestSettings settings,
            RankMetric rankBy,
            ModelContext context) {
        int total = specs.size();
        BacktestMetrics[] results = new BacktestMetrics[total];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        Runnable worker = () -> {
            for (int i; !stop.get() && (i = next.getAndIncrement()) < total; ) {
                if (context.isCancelled()) {
                    stop.set(true);
                    return;
                }
                results[i] = engine.run(series, specs.get(i), settings).metrics();
                done.incrementAndGet();
            }
        };
        int workers = Math.max(1, Math.min(context.parallelism(), total));
        List<CompletableFuture<Void>> futures = new ArrayList<>(workers);
        for (int w = 0; w < workers; w++) {
            futures.add(CompletableFuture.runAsync(worker, context.executor()));
        }
        await(CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)), stop, done, total, context);
        if (stop.get() || done.get() < total) {
            throw new CancellationException("The sweep was cancelled");
        }
        context.progress(1, "ranking");
        return rank(specs, results, rankBy);
    }

    private static void await(
            CompletableFuture<Void> all, AtomicBoolean stop, AtomicInteger done, int total, ModelContext context) {
        while (true) {
            try {
                all.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                return;
            } catch (TimeoutException e) {
                context.progress((double) done.get() / total, "backtesting " + done.get() + " of " + total);
                if (context.isCancelled()) {
                    stop.set(true);
                }
            } catch (InterruptedException e) {
                stop.set(true);
                Thread.currentThread().interrupt();
                throw new CancellationException("Interrupted while waiting for the sweep");
            } catch (ExecutionException e) {
                stop.set(true);
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw new IllegalStateException("A sweep worker failed", e.getCause());
            }
        }
    }

    static List<SweepRow> rank(List<StrategySpec> specs, BacktestMetrics[] results, RankMetric rankBy) {
        Comparator<Integer> byScore = (a, b) -> {
            Double x = rankBy.of(results[a]);
            Double y = rankBy.of(results[b]);
            if (x == null || y == null) {
                return x == null ? (y == null ? 0 : 1) : -1;
            }
            return rankBy.higherIsBetter() ? Double.compare(y, x) : Double.compare(x, y);
        };
        List<Integer> order = new ArrayList<>(results.length);
        for (int i = 0; i < results.length; i++) {
            order.add(i);
        }
        order.sort(byScore.thenComparing(Comparator.naturalOrder()));
        List<SweepRow> rows = new ArrayList<>(results.length);
        for (int r = 0; r < order.size(); r++) {
            int i = order.get(r);
            rows.add(new SweepRow(r + 1, i, specs.get(i).parameters(), rankBy.of(results[i]), results[i]));
        }
        return rows;
    }
}
