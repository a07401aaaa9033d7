package com.gridvault.models.derivatives.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.gridvault.models.derivatives.TestContexts;
import com.gridvault.models.derivatives.blackscholes.BlackScholesCalculator;
import com.gridvault.models.derivatives.common.OptionType;
import com.gridvault.plugin.api.model.ModelContext;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MonteCarloCalculatorTest {

    private static final MonteCarloCalculator MC = MonteCarloCalculator.DEFAULT;

    private static MonteCarloInput input(
            OptionType type, PayoffType payoff, Barrier barrier, int paths, int steps, long seed, boolean antithetic) {
        return new MonteCarloInput(type, payoff, barrier, 100, 100, 1, 0.2, 0.05, 0.02, paths, steps, seed, antithetic);
    }

    private static MonteCarloResult run(MonteCarloInput input) {
        return MC.calculate(input, ModelContext.standalone());
    }

    @Test
    void europeanPriceHasBlackScholesInsideItsConfidenceInterval() {
        // A correct estimator's 95% interval misses the true value 1 time in 20; the seed is fixed, so
        // this is deterministic. Black-Scholes-Merton is the exact European price (Hull, section 21.6).
        for (OptionType type : OptionType.values()) {
            MonteCarloResult mc = run(input(type, PayoffType.EUROPEAN, null, 100_000, 1, 20240601L, false));
            double bsm = BlackScholesCalculator.DEFAULT.price(type, 100, 100, 1, 0.2, 0.05, 0.02);
            assertThat(bsm).as("%s", type).isBetween(mc.confidenceLow95(), mc.confidenceHigh95());
            assertThat(mc.confidenceHigh95() - mc.price())
                    .isCloseTo(1.959963984540054 * mc.standardError(), within(1e-12));
            assertThat(mc.paths()).isEqualTo(100_000);
            assertThat(mc.blocks()).isEqualTo(MonteCarloCalculator.BLOCKS);
            assertThat(mc.barrierHitFraction()).isNull();
        }
    }

    @Test
    void antitheticVariatesReduceTheStandardError() {
        MonteCarloResult plain = run(input(OptionType.CALL, PayoffType.EUROPEAN, null, 50_000, 1, 7, false));
        MonteCarloResult antithetic = run(input(OptionType.CALL, PayoffType.EUROPEAN, null, 50_000, 1, 7, true));
        assertThat(antithetic.standardError()).isLessThan(0.8 * plain.standardError());
        double bsm = BlackScholesCalculator.DEFAULT.price(OptionType.CALL, 100, 100, 1, 0.2, 0.05, 0.02);
        assertThat(antithetic.price()).isCloseTo(bsm, within(4 * antithetic.standardError()));
    }

    @Test
    void sameSeedGivesIdenticalBitsWhateverTheParallelism() throws Exception {
        MonteCarloInput in = new MonteCarloInput(
                OptionType.PUT,
                PayoffType.ASIAN_ARITHMETIC,
                null,
                90,
                110,
                0.75,
                0.3,
                0.03,
                0.0,
                20_001 * 2,
                12,
                -99L,
                true);
        ExecutorService one = Executors.newFixedThreadPool(1);
        ExecutorService four = Executors.newFixedThreadPool(4);
        try {
            MonteCarloResult inline = MC.calculate(in, TestContexts.on(Runnable::run, 1));
            MonteCarloResult single = MC.calculate(in, TestContexts.on(one, 1));
            MonteCarloResult parallel = MC.calculate(in, TestContexts.on(four, 4));
            MonteCarloResult common = MC.calculate(in, ModelContext.standalone());
            for (MonteCarloResult other : new MonteCarloResult[] {single, parallel, common}) {
                assertThat(Double.doubleToRawLongBits(other.price()))
                        .isEqualTo(Double.doubleToRawLongBits(inline.price()));
                assertThat(Double.doubleToRawLongBits(other.standardError()))
                        .isEqualTo(Double.doubleToRawLongBits(inline.standardError()));
                assertThat(other).isEqualTo(inline);
            }
        } finally {
            one.shutdownNow();
            four.shutdownNow();
        }
        MonteCarloInput otherSeed = new MonteCarloInput(
                OptionType.PUT,
                PayoffType.ASIAN_ARITHMETIC,
                null,
                90,
                110,
                0.75,
                0.3,
                0.03,
                0.0,
                20_001 * 2,
                12,
                -98L,
                true);
        assertThat(run(otherSeed).price()).isNotEqualTo(run(in).price());
    }

    @Test
    void knockInPlusKnockOutEqualsTheVanillaOnTheSamePaths() {
        // In-out parity (Hull, 9th ed., section 26.9): every path pays the vanilla payoff through exactly one
        // of the pair, so with the same seed and monitoring dates the two prices add up to the vanilla.
        record Pair(BarrierType in, BarrierType out, double level) {}
        for (Pair pair : new Pair[] {
            new Pair(BarrierType.UP_AND_IN, BarrierType.UP_AND_OUT, 120),
            new Pair(BarrierType.DOWN_AND_IN, BarrierType.DOWN_AND_OUT, 85)
        }) {
            for (OptionType type : OptionType.values()) {
                MonteCarloResult in =
                        run(input(type, PayoffType.BARRIER, new Barrier(pair.in(), pair.level()), 20_000, 50, 3, true));
                MonteCarloResult out = run(
                        input(type, PayoffType.BARRIER, new Barrier(pair.out(), pair.level()), 20_000, 50, 3, true));
                MonteCarloResult vanilla = run(input(type, PayoffType.EUROPEAN, null, 20_000, 50, 3, true));
                assertThat(in.price() + out.price()).isCloseTo(vanilla.price(), within(1e-12 * vanilla.price()));
                assertThat(in.barrierHitFraction())
                        .isEqualTo(out.barrierHitFraction())
                        .isBetween(0.05, 0.95);
                assertThat(in.price()).isPositive();
                assertThat(out.price()).isPositive();
            }
        }
    }

    @Test
    void arithmeticAsianCallIsCheaperThanTheEuropeanCall() {
        // Averaging lowers the volatility of the underlying the payoff sees (Hull, 9th ed., section 26.13).
        MonteCarloResult asian = run(input(OptionType.CALL, PayoffType.ASIAN_ARITHMETIC, null, 20_000, 52, 11, true));
        MonteCarloResult european = run(input(OptionType.CALL, PayoffType.EUROPEAN, null, 20_000, 52, 11, true));
        assertThat(asian.price()).isLessThan(european.price());
        assertThat(asian.confidenceHigh95()).isLessThan(european.confidenceLow95());
    }

    @Test
    void reportsProgressUpToCompletion() {
        TestContexts.Recording context = TestContexts.on(Runnable::run, 1);
        MC.calculate(input(OptionType.CALL, PayoffType.EUROPEAN, null, 1000, 1, 1, false), context);
        assertThat(context.progress()).first().isEqualTo(0.0);
        assertThat(context.progress()).last().isEqualTo(1.0);
        assertThat(context.progress()).isSorted();
    }

    @Test
    void stopsWhenCancelled() {
        AtomicInteger polls = new AtomicInteger();
        TestContexts.Recording context = TestContexts.cancelledWhen(() -> polls.incrementAndGet() > 3);
        assertThatThrownBy(() -> MC.calculate(
                        input(OptionType.CALL, PayoffType.EUROPEAN, null, 1_000_000, 10, 1, false), context))
                .isInstanceOf(CancellationException.class);
        assertThat(polls.get()).isLessThan(100);
    }
}
