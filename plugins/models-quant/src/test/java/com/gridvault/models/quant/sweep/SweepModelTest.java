package com.gridvault.models.quant.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.gridvault.models.quant.TestBars;
import com.gridvault.models.quant.TestContexts;
import com.gridvault.models.quant.backtest.BacktestSettings;
import com.gridvault.models.quant.backtest.StrategySpec;
import com.gridvault.models.quant.backtest.StrategyType;
import com.gridvault.models.quant.backtest.TradeDirection;
import com.gridvault.models.quant.series.Bar;
import com.gridvault.plugin.api.model.ModelLimits;
import com.gridvault.plugin.api.validation.FieldError;
import com.gridvault.plugin.api.validation.InvalidInputException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class SweepModelTest {

    private static final ExecutorService POOL = Executors.newFixedThreadPool(4);
    private static final List<Bar> BARS = TestBars.gbm(1_500, 17);

    private final SweepModel model = new SweepModel();

    @AfterAll
    static void shutdown() {
        POOL.shutdownNow();
    }

    private static SweepInput smaGrid(RankMetric rankBy, Integer top) {
        return new SweepInput(
                BARS,
                StrategySpec.of(StrategyType.SMA_CROSSOVER, null),
                Map.of(
                        "fast",
                        List.of(5.0, 10.0, 15.0, 20.0, 30.0),
                        "slow",
                        List.of(40.0, 60.0, 80.0, 100.0, 150.0, 200.0)),
                new BacktestSettings(null, TradeDirection.LONG_SHORT, null, null, null, null),
                rankBy,
                top);
    }

    private static TestContexts.Recording context(int parallelism) {
        return TestContexts.context(ModelLimits.DEFAULT, POOL, parallelism, -1);
    }

    @Test
    void theRankedTableIsIdenticalForAnyParallelism() {
        SweepOutput serial = model.run(smaGrid(RankMetric.SHARPE, null), context(1));
        SweepOutput parallel = model.run(smaGrid(RankMetric.SHARPE, null), context(4));
        SweepOutput direct = model.run(
                smaGrid(RankMetric.SHARPE, null), TestContexts.context(ModelLimits.DEFAULT, Runnable::run, 3, -1));

        assertThat(serial.gridPoints()).isEqualTo(30);
        assertThat(parallel).isEqualTo(serial);
        assertThat(direct).isEqualTo(serial);
    }

    @Test
    void rowsAreRankedBestFirstWithEveryParameterAndTopLimitsThem() {
        SweepOutput out = model.run(smaGrid(RankMetric.TOTAL_RETURN, 5), context(2));

        assertThat(out.rows()).hasSize(5);
        assertThat(out.rows()).extracting(SweepRow::rank).containsExactly(1, 2, 3, 4, 5);
        assertThat(out.rows()).extracting(SweepRow::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        SweepRow best = out.rows().get(0);
        assertThat(best.parameters()).containsOnlyKeys("fast", "slow");
        assertThat(best.score()).isEqualTo(best.metrics().totalReturn());
        // grid order: keys sorted (fast, slow), slow varying fastest
        assertThat(ParameterGrid.of(Map.of("slow", List.of(40.0, 60.0), "fast", List.of(5.0, 10.0)))
                        .point(1))
                .containsExactly(Map.entry("fast", 5.0), Map.entry("slow", 60.0));
    }

    @Test
    void lowerIsBetterForDrawdown() {
        SweepOutput out = model.run(smaGrid(RankMetric.MAX_DRAWDOWN, null), context(2));
        assertThat(out.rows()).extracting(SweepRow::score).isSorted();
    }

    @Test
    void reportsProgressUpToOne() {
        TestContexts.Recording context = context(2);
        model.run(smaGrid(RankMetric.SHARPE, null), context);
        assertThat(context.progress()).isNotEmpty().isSorted().last().isEqualTo(1.0);
    }

    @Test
    void stopsWhenCancelled() {
        TestContexts.Recording context = TestContexts.context(ModelLimits.DEFAULT, POOL, 2, 3);
        assertThatThrownBy(() -> model.run(smaGrid(RankMetric.SHARPE, null), context))
                .isInstanceOf(CancellationException.class);
    }

    @Test
    void rejectsGridsOverTheLimit() {
        TestContexts.Recording small = TestContexts.context(new ModelLimits(5_000_000, 29, 1_000, 1_000), POOL, 2, -1);
        assertThat(paths(smaGrid(RankMetric.SHARPE, null), small)).containsExactly("grid");
        assertThat(model.estimateWork(smaGrid(RankMetric.SHARPE, null))).isEqualTo(30L * 1_500);
    }

    @Test
    void namesEveryBadGridEntry() {
        SweepInput input = new SweepInput(
                BARS,
                StrategySpec.of(StrategyType.SMA_CROSSOVER, null),
                Map.of("fast", List.of(5.0, 0.5, 2_000.0), "slow", List.of(), "speed", List.of(1.0)),
                null,
                null,
                0);
        assertThat(paths(input, context(1)))
                .containsExactlyInAnyOrder("top", "grid.fast[1]", "grid.fast[2]", "grid.slow", "grid.speed");
    }

    @Test
    void customRulesCannotBeSwept() {
        SweepInput input = new SweepInput(
                BARS, new StrategySpec(StrategyType.CUSTOM_RULES, null, null), Map.of(), null, null, null);
        assertThat(paths(input, context(1))).containsExactly("strategy.rules", "strategy.type");
    }

    private List<String> paths(SweepInput input, TestContexts.Recording context) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> model.run(input, context));
        assertThat(e).isNotNull();
        return e.errors().stream().map(FieldError::path).toList();
    }
}
