package com.gridvault.models.quant.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.gridvault.models.quant.TestBars;
import com.gridvault.models.quant.series.PriceSeries;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Fill, cost, sizing and direction rules on tiny series with scripted signals, checked by hand. */
class BacktestEngineTest {

    private static final double EPS = 1e-9;
    private static final PriceSeries BARS = PriceSeries.of(TestBars.openClose(
            new double[] {10, 11, 12, 13, 14, 15}, new double[] {10.5, 11.5, 12.5, 13.5, 14.5, 15.5}));

    /** Emits the given bits at the given bars, nothing elsewhere. */
    private static Signals script(Map<Integer, Integer> bitsAtBar) {
        return (bars, index) -> bitsAtBar.getOrDefault(index, 0);
    }

    private static BacktestSettings settings(TradeDirection direction, PositionSizing sizing, Costs costs) {
        return new BacktestSettings(1000.0, direction, sizing, costs, 252, 0.0).withDefaults();
    }

    @Test
    void fillsAtTheNextOpenWithSlippageAndBothCommissions() {
        BacktestSettings s = settings(
                TradeDirection.LONG_ONLY,
                new PositionSizing(SizingMode.FIXED_QUANTITY, 10.0),
                new Costs(1.0, 10.0, 50.0));
        BacktestResult r =
                BacktestEngine.DEFAULT.run(BARS, script(Map.of(1, Signals.LONG_ENTRY, 3, Signals.LONG_EXIT)), s);

        // signal at bar 1's close -> buy at bar 2's open 12 x (1 + 0.005) = 12.06; commission 1 + 0.001 x 120.6
        // signal at bar 3's close -> sell at bar 4's open 14 x (1 - 0.005) = 13.93; commission 1 + 0.001 x 139.3
        assertThat(r.trades()).singleElement().satisfies(t -> {
            assertThat(t.side()).isEqualTo(Side.LONG);
            assertThat(t.entryIndex()).isEqualTo(2);
            assertThat(t.entryPrice()).isCloseTo(12.06, within(EPS));
            assertThat(t.exitIndex()).isEqualTo(4);
            assertThat(t.exitPrice()).isCloseTo(13.93, within(EPS));
            assertThat(t.commission()).isCloseTo(1.1206 + 1.1393, within(EPS));
            assertThat(t.pnl()).isCloseTo(10 * (13.93 - 12.06) - 1.1206 - 1.1393, within(EPS));
            assertThat(t.open()).isFalse();
        });
        // bar 2 close: cash 1000 - 120.6 - 1.1206 plus 10 x 12.5
        assertThat(r.equity()[2]).isCloseTo(1000 - 120.6 - 1.1206 + 125, within(EPS));
        assertThat(r.equity()[5]).isCloseTo(1000 + 18.7 - 2.2599, within(EPS));
        assertThat(r.position()).containsExactly(0, 0, 10, 10, 0, 0);
        assertThat(r.metrics().exposure()).isCloseTo(2.0 / 6, within(EPS));
    }

    @Test
    void fixedFractionSizesOnEquityAtTheFillOpen() {
        BacktestSettings s =
                settings(TradeDirection.LONG_ONLY, new PositionSizing(SizingMode.FIXED_FRACTION, 0.5), null);
        BacktestResult r = BacktestEngine.DEFAULT.run(BARS, script(Map.of(0, Signals.LONG_ENTRY)), s);

        // filled at bar 1's open 11: 0.5 x 1000 / 11 units; still open at the end, marked at 15.5
        assertThat(r.trades()).singleElement().satisfies(t -> {
            assertThat(t.quantity()).isCloseTo(500.0 / 11, within(EPS));
            assertThat(t.open()).isTrue();
            assertThat(t.exitIndex()).isEqualTo(5);
            assertThat(t.exitPrice()).isEqualTo(15.5);
            assertThat(t.pnl()).isCloseTo(500.0 / 11 * 4.5, within(EPS));
        });
        assertThat(r.metrics().finalEquity()).isCloseTo(1000 + 500.0 / 11 * 4.5, within(EPS));
        assertThat(r.metrics().numberOfTrades()).isEqualTo(1);
    }

    @Test
    void shortsProfitFromFallsAndAnExitPlusOppositeEntryReverses() {
        PriceSeries falling = PriceSeries.of(TestBars.openClose(
                new double[] {20, 19, 18, 17, 18, 19}, new double[] {19.5, 18.5, 17.5, 17.5, 18.5, 19.5}));
        BacktestSettings s = settings(
                TradeDirection.LONG_SHORT,
                new PositionSizing(SizingMode.FIXED_QUANTITY, 2.0),
                new Costs(0.5, 0.0, 0.0));
        BacktestResult r = BacktestEngine.DEFAULT.run(
                falling, script(Map.of(0, Signals.SHORT_ENTRY, 2, Signals.SHORT_EXIT | Signals.LONG_ENTRY)), s);

        // short 2 at 19 (bar 1), cover at 17 (bar 3): 2 x 2 - 0.5 - 0.5 = 3; then long 2 at 17, marked at 19.5
        assertThat(r.trades()).hasSize(2);
        assertThat(r.trades().get(0)).satisfies(t -> {
            assertThat(t.side()).isEqualTo(Side.SHORT);
            assertThat(t.entryPrice()).isEqualTo(19);
            assertThat(t.exitIndex()).isEqualTo(3);
            assertThat(t.pnl()).isCloseTo(3, within(EPS));
        });
        assertThat(r.trades().get(1)).satisfies(t -> {
            assertThat(t.side()).isEqualTo(Side.LONG);
            assertThat(t.entryIndex()).isEqualTo(3);
            assertThat(t.pnl()).isCloseTo(2 * 2.5 - 0.5, within(EPS));
            assertThat(t.open()).isTrue();
        });
        assertThat(r.position()).containsExactly(0, -2, -2, 2, 2, 2);
        assertThat(r.metrics().finalEquity()).isCloseTo(1000 + 3 + 4.5, within(EPS));
    }

    @Test
    void directionFiltersEntriesAndASignalOnTheLastBarIsNeverFilled() {
        Signals both = script(Map.of(1, Signals.SHORT_ENTRY, 5, Signals.LONG_ENTRY));
        BacktestResult longOnly =
                BacktestEngine.DEFAULT.run(BARS, both, settings(TradeDirection.LONG_ONLY, null, null));
        assertThat(longOnly.trades()).isEmpty();
        assertThat(longOnly.metrics().winRate()).isNull();

        BacktestResult shortOnly = BacktestEngine.DEFAULT.run(
                BARS,
                script(Map.of(1, Signals.SHORT_ENTRY | Signals.LONG_ENTRY)),
                settings(TradeDirection.SHORT_ONLY, null, null));
        assertThat(shortOnly.trades()).singleElement().extracting(Trade::side).isEqualTo(Side.SHORT);
    }

    @Test
    void fromFlatALongEntryWinsOverAShortEntry() {
        assertThat(BacktestEngine.decide(0, Signals.LONG_ENTRY | Signals.SHORT_ENTRY, true, true))
                .isEqualTo(1);
        assertThat(BacktestEngine.decide(1, Signals.SHORT_ENTRY, true, true))
                .as("no exit, no reversal")
                .isEqualTo(1);
        assertThat(BacktestEngine.decide(1, Signals.LONG_EXIT, true, true)).isZero();
        assertThat(BacktestEngine.decide(-1, Signals.SHORT_EXIT | Signals.LONG_ENTRY, false, true))
                .isZero();
    }

    @Test
    void builtInStrategiesTradeOnARealisticSeries() {
        PriceSeries gbm = PriceSeries.of(TestBars.gbm(2_000, 3));
        BacktestSettings s = settings(TradeDirection.LONG_SHORT, null, null);
        for (StrategyType type : new StrategyType[] {
            StrategyType.SMA_CROSSOVER,
            StrategyType.RSI_MEAN_REVERSION,
            StrategyType.BOLLINGER_REVERSION,
            StrategyType.MOMENTUM
        }) {
            var errors = com.gridvault.plugin.api.validation.FieldErrors.create();
            StrategySpec spec =
                    StrategyValidator.resolve(errors, "strategy", new StrategySpec(type, null, null), 2_000);
            BacktestResult r = BacktestEngine.DEFAULT.run(gbm, spec, s);
            assertThat(r.trades()).as(type.name()).hasSizeGreaterThan(3);
            double pnl = r.trades().stream().mapToDouble(Trade::pnl).sum();
            assertThat(r.metrics().finalEquity())
                    .as(type + ": equity = capital + trade P&L")
                    .isCloseTo(1000 + pnl, within(1e-6));
        }
    }
}
