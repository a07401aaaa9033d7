package com.gridvault.bench.derivatives;

import com.gridvault.models.derivatives.common.OptionType;
import com.gridvault.models.derivatives.montecarlo.MonteCarloInput;
import com.gridvault.models.derivatives.montecarlo.MonteCarloModel;
import com.gridvault.models.derivatives.montecarlo.MonteCarloResult;
import com.gridvault.models.derivatives.montecarlo.PayoffType;
import com.gridvault.plugin.api.model.ModelContext;
import com.gridvault.plugin.api.model.ModelLimits;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One Monte Carlo run of a European call with 1,000,000 paths (one step each) through the model, on
 * every available core: the calling thread plus (cores - 1) helpers, as the host would run it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MonteCarloEuropeanBenchmark {

    @Param({"false", "true"})
    private boolean antithetic;

    private ExecutorService pool;
    private ModelContext context;
    private MonteCarloInput input;
    private final MonteCarloModel model = new MonteCarloModel();

    /** Starts a pool sized to the machine. */
    @Setup
    public void setUp() {
        int cores = Runtime.getRuntime().availableProcessors();
        pool = Executors.newFixedThreadPool(cores);
        context = new CoresContext(pool, cores);
        input = new MonteCarloInput(
                OptionType.CALL,
                PayoffType.EUROPEAN,
                null,
                100,
                100,
                1,
                0.2,
                0.05,
                0.02,
                1_000_000,
                1,
                42L,
                antithetic);
    }

    /** Stops the pool. */
    @TearDown
    public void tearDown() {
        pool.shutdownNow();
    }

    /**
     * Prices the option.
     *
     * @return the result, consumed by JMH
     */
    @Benchmark
    public MonteCarloResult europeanMillionPaths() {
        return model.run(input, context);
    }

    private record CoresContext(Executor executor, int parallelism) implements ModelContext {
        @Override
        public ModelLimits limits() {
            return ModelLimits.DEFAULT;
        }

        @Override
        public void progress(double fraction, String stage) {}

        @Override
        public boolean isCancelled() {
            return false;
        }
    }
}
