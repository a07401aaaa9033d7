package com.gridvault.models.derivatives.blackscholes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.gridvault.models.derivatives.FieldPaths;
import com.gridvault.models.derivatives.common.OptionType;
import org.junit.jupiter.api.Test;

class BlackScholesInputTest {

    @Test
    void acceptsNegativeRatesAndYields() {
        assertThatCode(() -> new BlackScholesInput(OptionType.CALL, 100, 100, 1, 0.2, -0.01, -0.02).validate())
                .doesNotThrowAnyException();
    }

    @Test
    void namesEveryBadField() {
        var input = new BlackScholesInput(null, -1, 0, 0, -0.2, Double.NaN, Double.POSITIVE_INFINITY);
        assertThat(FieldPaths.of(input::validate))
                .containsExactly("type", "strike", "timeToExpiry", "spot", "rate", "dividendYield", "volatility");
    }

    @Test
    void rejectsZeroVolatilityAndNegativeTime() {
        var input = new BlackScholesInput(OptionType.PUT, 100, 100, -0.5, 0, 0.01, 0);
        assertThat(FieldPaths.of(input::validate)).containsExactly("timeToExpiry", "volatility");
    }

    @Test
    void rejectsInfiniteSpotAndNanStrike() {
        var input = new BlackScholesInput(OptionType.PUT, Double.POSITIVE_INFINITY, Double.NaN, 1, 0.2, 0.01, 0);
        assertThat(FieldPaths.of(input::validate)).containsExactly("strike", "spot");
    }
}
