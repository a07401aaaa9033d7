package com.gridvault.models.derivatives.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;

import com.gridvault.models.derivatives.FieldPaths;
import com.gridvault.models.derivatives.TestContexts;
import com.gridvault.models.derivatives.common.OptionType;
import com.gridvault.plugin.api.model.ModelLimits;
import org.junit.jupiter.api.Test;

class MonteCarloModelTest {

    private final MonteCarloModel model = new MonteCarloModel();
    private final ModelLimits limits = new ModelLimits(1000, 1000, 10_000, 100);

    private static MonteCarloInput input(PayoffType payoff, Barrier barrier, int paths, int steps, boolean antithetic) {
        return new MonteCarloInput(
                OptionType.CALL, payoff, barrier, 100, 100, 1, 0.2, 0.05, 0, paths, steps, 1L, antithetic);
    }

    @Test
    void describesItselfAndEstimatesPathsTimesSteps() {
        assertThat(model.descriptor().id()).isEqualTo("derivatives.monte-carlo");
        assertThat(model.estimateWork(input(PayoffType.ASIAN_ARITHMETIC, null, 1_000_000, 252, false)))
                .isEqualTo(252_000_000L);
        assertThat(model.estimateWork(input(PayoffType.EUROPEAN, null, -1, 0, false)))
                .isEqualTo(1);
        assertThat(model.estimateWork(null)).isEqualTo(1);
    }

    @Test
    void runsWithinTheLimits() {
        MonteCarloResult result =
                model.run(input(PayoffType.EUROPEAN, null, 10_000, 1, true), TestContexts.withLimits(limits));
        assertThat(result.paths()).isEqualTo(10_000);
        assertThat(result.antithetic()).isTrue();
        assertThat(result.seed()).isEqualTo(1L);
    }

    @Test
    void rejectsPathsAndStepsOverTheLimits() {
        assertThat(FieldPaths.of(() -> model.run(
                        input(PayoffType.EUROPEAN, null, 10_002, 101, false), TestContexts.withLimits(limits))))
                .containsExactly("paths", "steps");
    }

    @Test
    void rejectsOddPathsWithAntitheticAndTooFewPaths() {
        assertThat(FieldPaths.of(
                        () -> input(PayoffType.EUROPEAN, null, 1001, 1, true).validate(limits)))
                .containsExactly("paths");
        assertThat(FieldPaths.of(
                        () -> input(PayoffType.EUROPEAN, null, 3, 0, false).validate(limits)))
                .containsExactly("paths", "steps");
    }

    @Test
    void namesEveryBadField() {
        var bad = new MonteCarloInput(
                null, null, null, -100, Double.NaN, 0, 0, Double.POSITIVE_INFINITY, Double.NaN, 0, 0, 1L, false);
        assertThat(FieldPaths.of(() -> bad.validate(limits)))
                .containsExactly(
                        "type",
                        "strike",
                        "timeToExpiry",
                        "payoff",
                        "spot",
                        "rate",
                        "dividendYield",
                        "volatility",
                        "paths",
                        "steps");
    }

    @Test
    void checksTheBarrier() {
        assertThat(FieldPaths.of(
                        () -> input(PayoffType.BARRIER, null, 100, 10, false).validate(limits)))
                .containsExactly("barrier");
        assertThat(FieldPaths.of(() -> input(PayoffType.BARRIER, new Barrier(null, Double.NaN), 100, 10, false)
                        .validate(limits)))
                .containsExactly("barrier.type", "barrier.level");
        assertThat(FieldPaths.of(
                        () -> input(PayoffType.BARRIER, new Barrier(BarrierType.UP_AND_OUT, 90), 100, 10, false)
                                .validate(limits)))
                .containsExactly("barrier.level");
        assertThat(FieldPaths.of(
                        () -> input(PayoffType.BARRIER, new Barrier(BarrierType.DOWN_AND_IN, 100), 100, 10, false)
                                .validate(limits)))
                .containsExactly("barrier.level");
        assertThat(FieldPaths.of(
                        () -> input(PayoffType.EUROPEAN, new Barrier(BarrierType.DOWN_AND_IN, 80), 100, 10, false)
                                .validate(limits)))
                .containsExactly("barrier");
    }
}
