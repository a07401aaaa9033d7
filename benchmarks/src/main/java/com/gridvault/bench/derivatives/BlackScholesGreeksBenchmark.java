package com.gridvault.bench.derivatives;

import com.gridvault.models.derivatives.blackscholes.BlackScholesCalculator;
import com.gridvault.models.derivatives.common.OptionType;
import com.opengamma.strata.pricer.impl.option.BlackScholesFormulaRepository;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Price plus delta, gamma, vega, theta and rho of one European option, Gridvault against Strata's
 * {@link BlackScholesFormulaRepository} on the same 1,024 random options (time per option).
 *
 * <p>Gridvault returns all of them (and dividend rho, d1, d2, forward, discount factor) from one call;
 * Strata has one static method per quantity, each evaluating d1, d2 and the normal distribution again.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class BlackScholesGreeksBenchmark {

    private static final int OPTIONS = 1024;

    private final double[] spot = new double[OPTIONS];
    private final double[] strike = new double[OPTIONS];
    private final double[] expiry = new double[OPTIONS];
    private final double[] vol = new double[OPTIONS];
    private final double[] rate = new double[OPTIONS];
    private final double[] dividend = new double[OPTIONS];
    private final boolean[] call = new boolean[OPTIONS];
    private final OptionType[] type = new OptionType[OPTIONS];

    /** Draws the same options for both libraries. */
    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < OPTIONS; i++) {
            spot[i] = 100;
            strike[i] = random.nextDouble(50, 150);
            expiry[i] = random.nextDouble(0.02, 5);
            vol[i] = random.nextDouble(0.05, 0.8);
            rate[i] = random.nextDouble(-0.01, 0.08);
            dividend[i] = random.nextDouble(0, 0.05);
            call[i] = random.nextBoolean();
            type[i] = call[i] ? OptionType.CALL : OptionType.PUT;
        }
    }

    /**
     * Gridvault: one call per option.
     *
     * @param bh the sink
     */
    @Benchmark
    @OperationsPerInvocation(OPTIONS)
    public void gridvault(Blackhole bh) {
        BlackScholesCalculator calculator = BlackScholesCalculator.DEFAULT;
        for (int i = 0; i < OPTIONS; i++) {
            bh.consume(calculator.calculate(type[i], spot[i], strike[i], expiry[i], vol[i], rate[i], dividend[i]));
        }
    }

    /**
     * Strata: one call per quantity, cost of carry b = r - q.
     *
     * @param bh the sink
     */
    @Benchmark
    @OperationsPerInvocation(OPTIONS)
    public void strata(Blackhole bh) {
        for (int i = 0; i < OPTIONS; i++) {
            double s = spot[i];
            double k = strike[i];
            double t = expiry[i];
            double v = vol[i];
            double r = rate[i];
            double b = r - dividend[i];
            boolean c = call[i];
            bh.consume(BlackScholesFormulaRepository.price(s, k, t, v, r, b, c));
            bh.consume(BlackScholesFormulaRepository.delta(s, k, t, v, r, b, c));
            bh.consume(BlackScholesFormulaRepository.gamma(s, k, t, v, r, b));
            bh.consume(BlackScholesFormulaRepository.vega(s, k, t, v, r, b));
            bh.consume(BlackScholesFormulaRepository.theta(s, k, t, v, r, b, c));
            bh.consume(BlackScholesFormulaRepository.rho(s, k, t, v, r, b, c));
        }
    }
}
