package com.gridvault.models.quant.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import com.gridvault.plugin.api.model.ModelContext;
import com.gridvault.plugin.api.model.ModelLimits;
import com.gridvault.plugin.api.validation.FieldError;
import com.gridvault.plugin.api.validation.InvalidInputException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PortfolioRiskModelTest {

    private static final double EPS = 1e-9;
    private final PortfolioRiskModel model = new PortfolioRiskModel();

    /** Prices compounding the given simple returns from 100. */
    private static List<Double> path(double... returns) {
        List<Double> prices = new ArrayList<>();
        double p = 100;
        prices.add(p);
        for (double r : returns) {
            p *= 1 + r;
            prices.add(p);
        }
        return prices;
    }

    @Test
    void betaCorrelationPnlAndHistoricalVarByHand() {
        double[] market = {0.01, -0.02, 0.015, 0.005, -0.01, 0.02};
        double[] doubled = new double[market.length];
        double[] other = {0.003, 0.001, -0.002, 0.004, 0.0, -0.001};
        for (int i = 0; i < market.length; i++) {
            doubled[i] = 2 * market[i];
        }
        List<AssetPosition> positions =
                List.of(new AssetPosition("LEV", 10, path(doubled)), new AssetPosition("BOND", -5, path(other)));
        PortfolioRiskOutput out = model.run(
                new PortfolioRiskInput(null, positions, path(market), 0.8, 1, 1_000, 7L, null),
                ModelContext.standalone());

        assertThat(out.assets().get(0).beta()).isCloseTo(2, within(EPS)); // returns exactly 2x the benchmark's
        assertThat(out.correlation().symbols()).containsExactly("LEV", "BOND");
        assertThat(out.correlation().values().get(0).get(0)).isEqualTo(1.0);
        assertThat(out.correlation().values().get(0).get(1))
                .isEqualTo(out.correlation().values().get(1).get(0));
        double lev = positions.get(0).prices().get(6);
        double bond = positions.get(1).prices().get(6);
        assertThat(out.currentValue()).isCloseTo(10 * lev - 5 * bond, within(EPS));
        assertThat(out.pnl()).isCloseTo(10 * (lev - 100) - 5 * (bond - 100), within(EPS));
        assertThat(out.values()).hasSize(7);
        assertThat(out.returns()).hasSize(6);
        assertThat(out.assets().get(1).pnl()).isCloseTo(-5 * (bond - 100), within(EPS));

        // historical scenarios: 10 lev x 2m - 5 bond x o, at 80% over 6 scenarios k = ceil(1.2) = 2
        double[] pnl = new double[6];
        for (int t = 0; t < 6; t++) {
            pnl[t] = 10 * lev * doubled[t] - 5 * bond * other[t];
        }
        java.util.Arrays.sort(pnl);
        VarEstimate historical = out.valueAtRisk().get(0);
        assertThat(historical.method()).isEqualTo(VarMethod.HISTORICAL);
        assertThat(historical.valueAtRisk()).isCloseTo(-pnl[1], within(EPS));
        assertThat(historical.expectedShortfall()).isCloseTo(-(pnl[0] + pnl[1]) / 2, within(EPS));
        assertThat(out.valueAtRisk())
                .extracting(VarEstimate::method)
                .containsExactly(VarMethod.HISTORICAL, VarMethod.PARAMETRIC, VarMethod.MONTE_CARLO);
    }

    @Test
    void namesEveryBadField() {
        Instant t = Instant.parse("2024-01-01T00:00:00Z");
        List<Double> withNaN = new ArrayList<>(path(0.01, 0.02, 0.03));
        withNaN.set(2, Double.NaN);
        PortfolioRiskInput input = new PortfolioRiskInput(
                List.of(t, t, t.plusSeconds(5), t.plusSeconds(9)),
                List.of(
                        new AssetPosition("A", 1, path(0.01, 0.02, 0.03)),
                        new AssetPosition("A", Double.POSITIVE_INFINITY, withNaN),
                        new AssetPosition(" ", 1, path(0.01))),
                path(0.01, 0.02),
                1.0,
                0,
                20,
                null,
                0);
        InvalidInputException e = catchThrowableOfType(
                InvalidInputException.class,
                () -> model.run(input, ModelContext.standalone(new ModelLimits(100, 10, 10, 10))));

        assertThat(e.errors())
                .extracting(FieldError::path)
                .containsExactly(
                        "positions[1].symbol",
                        "positions[1].quantity",
                        "positions[1].prices[2]",
                        "positions[2].symbol",
                        "positions[2].prices",
                        "times[1]",
                        "benchmark",
                        "confidence",
                        "horizon",
                        "monteCarloPaths",
                        "barsPerYear");
    }

    @Test
    void confidenceMustBeStrictlyInsideZeroAndOne() {
        for (double c : new double[] {0, 1, -0.5, Double.NaN}) {
            PortfolioRiskInput input = new PortfolioRiskInput(
                    null, List.of(new AssetPosition("A", 1, path(0.01, 0.02))), null, c, null, null, null, null);
            assertThat(catchThrowableOfType(
                                    InvalidInputException.class, () -> model.run(input, ModelContext.standalone()))
                            .errors())
                    .extracting(FieldError::path)
                    .containsExactly("confidence");
        }
    }
}
