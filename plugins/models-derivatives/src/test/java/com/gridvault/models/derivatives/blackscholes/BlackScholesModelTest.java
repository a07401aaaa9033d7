package com.gridvault.models.derivatives.blackscholes;

import static org.assertj.core.api.Assertions.assertThat;

import com.gridvault.models.derivatives.FieldPaths;
import com.gridvault.models.derivatives.common.OptionType;
import com.gridvault.plugin.api.model.ModelContext;
import org.junit.jupiter.api.Test;

class BlackScholesModelTest {

    private final BlackScholesModel model = new BlackScholesModel();

    @Test
    void describesItself() {
        assertThat(model.descriptor().id()).isEqualTo("derivatives.black-scholes");
        assertThat(model.descriptor().category()).isEqualTo("derivatives");
        assertThat(model.inputType()).isEqualTo(BlackScholesInput.class);
        assertThat(model.outputType()).isEqualTo(BlackScholesResult.class);
        assertThat(model.estimateWork(null)).isEqualTo(1);
    }

    @Test
    void runsTheCalculator() {
        // Hull (9th ed.), Example 15.6: c = 4.76.
        var input = new BlackScholesInput(OptionType.CALL, 42, 40, 0.5, 0.2, 0.1, 0);
        assertThat(model.run(input, ModelContext.standalone()))
                .isEqualTo(BlackScholesCalculator.DEFAULT.calculate(input));
    }

    @Test
    void validatesBeforeRunning() {
        var input = new BlackScholesInput(OptionType.CALL, 42, 40, 0.5, Double.NaN, 0.1, 0);
        assertThat(FieldPaths.of(() -> model.run(input, ModelContext.standalone())))
                .containsExactly("volatility");
        assertThat(FieldPaths.of(() -> model.run(null, ModelContext.standalone())))
                .containsExactly("input");
    }
}
