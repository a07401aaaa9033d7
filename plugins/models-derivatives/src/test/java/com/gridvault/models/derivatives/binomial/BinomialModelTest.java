package com.gridvault.models.derivatives.binomial;

import static org.assertj.core.api.Assertions.assertThat;

import com.gridvault.models.derivatives.FieldPaths;
import com.gridvault.models.derivatives.TestContexts;
import com.gridvault.models.derivatives.common.ExerciseStyle;
import com.gridvault.models.derivatives.common.OptionType;
import com.gridvault.plugin.api.model.ModelLimits;
import org.junit.jupiter.api.Test;

class BinomialModelTest {

    private final BinomialModel model = new BinomialModel();
    private final ModelLimits limits = new ModelLimits(1000, 1000, 1000, 500);

    @Test
    void describesItselfAndEstimatesWork() {
        assertThat(model.descriptor().id()).isEqualTo("derivatives.binomial-crr");
        assertThat(model.estimateWork(input(OptionType.PUT, 0.2, 0.05, 0, 400))).isEqualTo(160_000);
        assertThat(model.estimateWork(input(OptionType.PUT, 0.2, 0.05, 0, -3))).isEqualTo(1);
        assertThat(model.estimateWork(null)).isEqualTo(1);
    }

    @Test
    void runsWithinTheLimits() {
        var input = input(OptionType.PUT, 0.4, 0.1, 0, 5);
        assertThat(model.run(input, TestContexts.withLimits(limits)))
                .isEqualTo(CrrBinomialCalculator.DEFAULT.calculate(input));
    }

    @Test
    void rejectsStepsOverTheLimit() {
        assertThat(FieldPaths.of(
                        () -> model.run(input(OptionType.PUT, 0.4, 0.1, 0, 501), TestContexts.withLimits(limits))))
                .containsExactly("steps");
    }

    @Test
    void rejectsTooFewStepsForTheCarry() {
        // sigma = 5%, r - q = 50%: the up probability leaves (0, 1) unless steps > T (r - q)^2 / sigma^2 = 100.
        assertThat(FieldPaths.of(() -> input(OptionType.CALL, 0.05, 0.5, 0, 90).validate(limits)))
                .containsExactly("steps");
        input(OptionType.CALL, 0.05, 0.5, 0, 110).validate(limits);
    }

    @Test
    void namesEveryBadField() {
        var bad = new BinomialInput(null, null, Double.NaN, -5, 0, Double.POSITIVE_INFINITY, Double.NaN, 0.01, 1);
        assertThat(FieldPaths.of(() -> bad.validate(limits)))
                .containsExactly("type", "strike", "timeToExpiry", "exercise", "spot", "rate", "volatility", "steps");
    }

    private static BinomialInput input(OptionType type, double vol, double r, double q, int steps) {
        return new BinomialInput(type, ExerciseStyle.AMERICAN, 50, 50, 1, vol, r, q, steps);
    }
}
