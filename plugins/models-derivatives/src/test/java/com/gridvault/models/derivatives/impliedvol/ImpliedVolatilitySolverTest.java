package com.gridvault.models.derivatives.impliedvol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.gridvault.models.derivatives.FieldPaths;
import com.gridvault.models.derivatives.blackscholes.BlackScholesCalculator;
import com.gridvault.models.derivatives.common.OptionType;
import org.junit.jupiter.api.Test;

class ImpliedVolatilitySolverTest {

    private static final ImpliedVolatilitySolver SOLVER = ImpliedVolatilitySolver.DEFAULT;

    @Test
    void hullImpliedVolatilityExample() {
        // Hull, Options, Futures and Other Derivatives (9th ed.), section 15.11: a call worth 1.875 with
        // S=21, K=20, r=10%, T=0.25 has an implied volatility of 0.235 (23.5%).
        var input = new ImpliedVolatilityInput(OptionType.CALL, 1.875, 21, 20, 0.25, 0.1, 0);
        input.validate();
        assertThat(SOLVER.solve(input).impliedVolatility()).isCloseTo(0.235, within(0.0005));
    }

    @Test
    void roundTripsDeepInAndOutOfTheMoneyShortAndLongExpiries() {
        int solved = 0;
        for (OptionType type : OptionType.values()) {
            for (double strike : new double[] {30, 50, 80, 100, 125, 200, 300}) {
                for (double t : new double[] {1.0 / 365, 7.0 / 365, 0.25, 1, 5, 30}) {
                    for (double vol : new double[] {0.05, 0.2, 0.6, 1.5}) {
                        double spot = 100;
                        double r = 0.03;
                        double q = 0.01;
                        double price = BlackScholesCalculator.DEFAULT.price(type, spot, strike, t, vol, r, q);
                        var input = new ImpliedVolatilityInput(type, price, spot, strike, t, r, q);
                        NoArbitrageBounds bounds = NoArbitrageBounds.of(input);
                        // Skip prices whose time value is lost to rounding: no volatility is identifiable.
                        if (price - bounds.lower() < 1e-11 * spot || bounds.upper() - price < 1e-11 * spot) {
                            continue;
                        }
                        ImpliedVolatilityResult result = SOLVER.solve(input);
                        assertThat(result.impliedVolatility())
                                .as("%s K=%s T=%s vol=%s", type, strike, t, vol)
                                .isCloseTo(vol, within(1e-6 * vol));
                        assertThat(result.iterations()).isLessThanOrEqualTo(60);
                        solved++;
                    }
                }
            }
        }
        assertThat(solved).isGreaterThan(200);
    }

    @Test
    void atTheMoneyConvergesInAFewNewtonSteps() {
        double price = BlackScholesCalculator.DEFAULT.price(OptionType.PUT, 100, 100, 1, 0.3, 0.02, 0.0);
        ImpliedVolatilityResult result =
                SOLVER.solve(new ImpliedVolatilityInput(OptionType.PUT, price, 100, 100, 1, 0.02, 0.0));
        assertThat(result.impliedVolatility()).isCloseTo(0.3, within(1e-12));
        assertThat(result.pricingError()).isCloseTo(0.0, within(1e-12));
        assertThat(result.vega()).isPositive();
        assertThat(result.iterations()).isLessThanOrEqualTo(8);
    }

    @Test
    void rejectsPricesOutsideTheNoArbitrageBounds() {
        // Call bounds (Hull, 9th ed., equations 11.4 and 17.1): max(S e^-qT - K e^-rT, 0) < c < S e^-qT.
        double upper = 100 * Math.exp(-0.01);
        assertThat(FieldPaths.of(
                        () -> new ImpliedVolatilityInput(OptionType.CALL, upper, 100, 90, 1, 0.05, 0.01).validate()))
                .containsExactly("price");
        assertThat(FieldPaths.of(
                        () -> new ImpliedVolatilityInput(OptionType.CALL, 11.0, 100, 90, 1, 0.05, 0.01).validate()))
                .containsExactly("price"); // below the discounted intrinsic value of about 13.4
        assertThat(FieldPaths.of(
                        () -> new ImpliedVolatilityInput(OptionType.PUT, 0.0, 100, 90, 1, 0.05, 0.01).validate()))
                .containsExactly("price");
    }

    @Test
    void namesEveryBadField() {
        var input = new ImpliedVolatilityInput(null, -1, 0, Double.NaN, 0, Double.NEGATIVE_INFINITY, Double.NaN);
        assertThat(FieldPaths.of(input::validate))
                .containsExactly("type", "strike", "timeToExpiry", "spot", "rate", "dividendYield", "price");
    }

    @Test
    void modelValidatesThenSolves() {
        var model = new ImpliedVolatilityModel();
        assertThat(model.descriptor().id()).isEqualTo("derivatives.implied-volatility");
        var input = new ImpliedVolatilityInput(OptionType.CALL, 1.875, 21, 20, 0.25, 0.1, 0);
        assertThat(model.run(input, com.gridvault.plugin.api.model.ModelContext.standalone()))
                .isEqualTo(SOLVER.solve(input));
        var outside = new ImpliedVolatilityInput(OptionType.CALL, 25, 21, 20, 0.25, 0.1, 0);
        assertThat(FieldPaths.of(() -> model.run(outside, com.gridvault.plugin.api.model.ModelContext.standalone())))
                .containsExactly("price");
    }
}
