package com.gridvault.models.quant.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gridvault.models.quant.TestBars;
import com.gridvault.models.quant.backtest.rules.Condition;
import com.gridvault.models.quant.backtest.rules.CustomRules;
import com.gridvault.models.quant.backtest.rules.Operand;
import com.gridvault.models.quant.backtest.rules.Operator;
import com.gridvault.models.quant.backtest.rules.PriceField;
import com.gridvault.models.quant.backtest.rules.RuleGroup;
import com.gridvault.models.quant.backtest.rules.RuleIndicator;
import com.gridvault.models.quant.series.PriceSeries;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proves the engine never uses a future bar: (1) every bar read goes through {@link GuardedBars},
 * which throws when an index after the announced bar is touched; (2) cutting the series after bar
 * t leaves every position and equity value up to t unchanged.
 */
class NoLookAheadTest {

    private static final PriceSeries SERIES = PriceSeries.of(TestBars.gbm(600, 21));
    private static final BacktestSettings SETTINGS = new BacktestSettings(
                    null,
                    TradeDirection.LONG_SHORT,
                    null,
                    new com.gridvault.models.quant.backtest.Costs(1.0, 5.0, 10.0),
                    null,
                    null)
            .withDefaults();

    static Stream<StrategySpec> strategies() {
        return Stream.of(
                StrategySpec.of(StrategyType.SMA_CROSSOVER, Map.of("fast", 10.0, "slow", 30.0)),
                StrategySpec.of(
                        StrategyType.RSI_MEAN_REVERSION,
                        Map.of("period", 14.0, "lower", 35.0, "upper", 65.0, "exit", 50.0)),
                StrategySpec.of(StrategyType.BOLLINGER_REVERSION, Map.of("period", 20.0, "multiplier", 1.5)),
                StrategySpec.of(StrategyType.MOMENTUM, Map.of("period", 15.0, "threshold", 0.01)),
                new StrategySpec(StrategyType.CUSTOM_RULES, Map.of(), everyOperandRules()));
    }

    /** Rules touching every indicator line and bar field, so every operand stream is guarded. */
    private static CustomRules everyOperandRules() {
        List<Condition> all = Arrays.stream(RuleIndicator.values())
                .map(i -> new Condition(
                        new Operand(i, i.isMacd() ? null : 5, null, null, null, null, null, null),
                        Operator.GREATER_THAN,
                        Operand.value(-1e9)))
                .toList();
        List<Condition> prices = Arrays.stream(PriceField.values())
                .map(p -> new Condition(Operand.price(p), Operator.GREATER_THAN, Operand.value(0)))
                .toList();
        RuleGroup longEntry = new RuleGroup(
                all,
                List.of(new Condition(
                        Operand.indicator(RuleIndicator.EMA, 5),
                        Operator.CROSSES_ABOVE,
                        Operand.indicator(RuleIndicator.SMA, 12))),
                List.of(new RuleGroup(prices, null, null, null)),
                null);
        RuleGroup shortEntry = RuleGroup.allOf(new Condition(
                Operand.indicator(RuleIndicator.EMA, 5),
                Operator.CROSSES_BELOW,
                Operand.indicator(RuleIndicator.SMA, 12)));
        return new CustomRules(longEntry, shortEntry, shortEntry, longEntry);
    }

    @ParameterizedTest
    @MethodSource("strategies")
    void engineReadsOnlyTheAnnouncedBarAndEarlierOnes(StrategySpec spec) {
        BacktestResult guarded = BacktestEngine.DEFAULT.run(new GuardedBars(SERIES), spec, SETTINGS);
        BacktestResult plain = BacktestEngine.DEFAULT.run(SERIES, spec, SETTINGS);

        assertThat(guarded.trades())
                .as("the strategy trades, so the test exercises fills")
                .hasSizeGreaterThan(2);
        assertThat(guarded.equity()).containsExactly(plain.equity());
    }

    @ParameterizedTest
    @MethodSource("strategies")
    void truncatingAfterBarTChangesNothingUpToT(StrategySpec spec) {
        BacktestResult full = BacktestEngine.DEFAULT.run(SERIES, spec, SETTINGS);
        for (int t : new int[] {60, 150, 299, 451, 598}) {
            BacktestResult cut = BacktestEngine.DEFAULT.run(SERIES.head(t + 1), spec, SETTINGS);
            assertThat(Arrays.copyOf(cut.position(), t + 1))
                    .as("positions up to bar %d", t)
                    .containsExactly(Arrays.copyOf(full.position(), t + 1));
            assertThat(Arrays.copyOf(cut.equity(), t + 1))
                    .as("equity up to bar %d", t)
                    .containsExactly(Arrays.copyOf(full.equity(), t + 1));
            int bar = t;
            assertThat(cut.trades().stream().filter(x -> !x.open()).toList())
                    .as("closed trades up to bar %d", t)
                    .isEqualTo(full.trades().stream()
                            .filter(x -> x.exitIndex() <= bar && !x.open())
                            .toList());
        }
    }

    @Test
    void theGuardCatchesAStrategyThatPeeksAtTheNextBar() {
        Signals peeking = (bars, index) -> bars.close(Math.min(index + 1, bars.size() - 1)) > bars.close(index)
                ? Signals.LONG_ENTRY
                : Signals.LONG_EXIT;

        assertThatThrownBy(() -> BacktestEngine.DEFAULT.run(new GuardedBars(SERIES), peeking, SETTINGS))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("look-ahead: read bar 1 while processing bar 0");
    }
}
