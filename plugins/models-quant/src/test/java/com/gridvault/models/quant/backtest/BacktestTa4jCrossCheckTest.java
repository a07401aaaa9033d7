package com.gridvault.models.quant.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.gridvault.models.quant.Ta4jBars;
import com.gridvault.models.quant.TestBars;
import com.gridvault.models.quant.series.Bar;
import com.gridvault.models.quant.series.PriceSeries;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseStrategy;
import org.ta4j.core.Position;
import org.ta4j.core.TradingRecord;
import org.ta4j.core.backtest.BarSeriesManager;
import org.ta4j.core.backtest.TradeOnNextOpenModel;
import org.ta4j.core.indicators.SMAIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.rules.CrossedDownIndicatorRule;
import org.ta4j.core.rules.CrossedUpIndicatorRule;

/**
 * The SMA-crossover trade list must equal ta4j 0.17's on the same bars.
 *
 * <p>ta4j's {@link BarSeriesManager} fills at the signal bar's close by default
 * (TradeOnCurrentCloseModel), which is the look-ahead-prone convention we reject. We therefore run
 * it with {@link TradeOnNextOpenModel}: a signal at bar i records the trade at index i + 1 at that
 * bar's open price — exactly our fill rule — and a signal on the last bar is dropped, as ours is.
 * The strategy's unstable period is the slow SMA length, so ta4j ignores its partial-window SMAs,
 * matching our NaN warm-up (our first possible crossing is bar {@code slow}, comparing bars slow-1
 * and slow). ta4j treats an exact tie on the previous bar slightly differently; ties do not occur
 * on continuous GBM prices. Long-only, one unit, no costs: ta4j's defaults.
 */
class BacktestTa4jCrossCheckTest {

    @ParameterizedTest
    @CsvSource({"20, 50, 3000, 11", "5, 20, 2000, 12", "10, 30, 1500, 13"})
    void smaCrossoverEntriesAndExitsMatchTa4j(int fast, int slow, int n, long seed) {
        List<Bar> bars = TestBars.gbm(n, seed);

        BarSeries series = Ta4jBars.of(bars);
        ClosePriceIndicator close = new ClosePriceIndicator(series);
        SMAIndicator f = new SMAIndicator(close, fast);
        SMAIndicator s = new SMAIndicator(close, slow);
        BaseStrategy strategy =
                new BaseStrategy(new CrossedUpIndicatorRule(f, s), new CrossedDownIndicatorRule(f, s), slow);
        TradingRecord record = new BarSeriesManager(series, new TradeOnNextOpenModel()).run(strategy);

        BacktestSettings settings = new BacktestSettings(
                        1e6,
                        TradeDirection.LONG_ONLY,
                        new PositionSizing(SizingMode.FIXED_QUANTITY, 1.0),
                        null,
                        252,
                        0.0)
                .withDefaults();
        StrategySpec spec =
                StrategySpec.of(StrategyType.SMA_CROSSOVER, Map.of("fast", (double) fast, "slow", (double) slow));
        BacktestResult ours = BacktestEngine.DEFAULT.run(PriceSeries.of(bars), spec, settings);

        List<String> expected = new ArrayList<>();
        for (Position p : record.getPositions()) {
            expected.add(p.getEntry().getIndex() + "@"
                    + p.getEntry().getPricePerAsset().doubleValue() + " -> "
                    + p.getExit().getIndex() + "@"
                    + p.getExit().getPricePerAsset().doubleValue());
        }
        if (record.getCurrentPosition().isOpened()) {
            expected.add(record.getCurrentPosition().getEntry().getIndex() + "@"
                    + record.getCurrentPosition().getEntry().getPricePerAsset().doubleValue() + " -> open");
        }
        List<String> actual = ours.trades().stream()
                .map(t -> t.entryIndex() + "@" + t.entryPrice() + " -> "
                        + (t.open() ? "open" : t.exitIndex() + "@" + t.exitPrice()))
                .toList();

        assertThat(expected).hasSizeGreaterThan(5);
        assertThat(actual).containsExactlyElementsOf(expected);
    }
}
