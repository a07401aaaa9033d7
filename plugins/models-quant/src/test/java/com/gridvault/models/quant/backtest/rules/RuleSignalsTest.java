package com.gridvault.models.quant.backtest.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.gridvault.models.quant.TestBars;
import com.gridvault.models.quant.backtest.BacktestEngine;
import com.gridvault.models.quant.backtest.BacktestResult;
import com.gridvault.models.quant.backtest.BacktestSettings;
import com.gridvault.models.quant.backtest.Signals;
import com.gridvault.models.quant.backtest.StrategySpec;
import com.gridvault.models.quant.backtest.StrategyType;
import com.gridvault.models.quant.backtest.TradeDirection;
import com.gridvault.models.quant.series.PriceSeries;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleSignalsTest {

    private static final PriceSeries SERIES = PriceSeries.of(TestBars.gbm(1_500, 9));
    private static final BacktestSettings SETTINGS =
            new BacktestSettings(null, TradeDirection.LONG_SHORT, null, null, null, null).withDefaults();

    private static Condition cross(Operator op) {
        return new Condition(Operand.indicator(RuleIndicator.SMA, 20), op, Operand.indicator(RuleIndicator.SMA, 50));
    }

    @Test
    void rulesSpellingOutTheSmaCrossoverTradeExactlyLikeTheBuiltIn() {
        RuleGroup up = RuleGroup.allOf(cross(Operator.CROSSES_ABOVE));
        RuleGroup down = RuleGroup.allOf(cross(Operator.CROSSES_BELOW));
        StrategySpec rules = new StrategySpec(StrategyType.CUSTOM_RULES, null, new CustomRules(up, down, down, up));
        StrategySpec builtIn = StrategySpec.of(StrategyType.SMA_CROSSOVER, Map.of("fast", 20.0, "slow", 50.0));

        BacktestResult a = BacktestEngine.DEFAULT.run(SERIES, rules, SETTINGS);
        BacktestResult b = BacktestEngine.DEFAULT.run(SERIES, builtIn, SETTINGS);

        assertThat(a.trades()).hasSizeGreaterThan(5).isEqualTo(b.trades());
        assertThat(a.equity()).containsExactly(b.equity());
    }

    @Test
    void allRequiresEveryMemberAndAnyAtLeastOne() {
        Condition yes = new Condition(Operand.price(PriceField.CLOSE), Operator.GREATER_THAN, Operand.value(0));
        Condition no = new Condition(Operand.price(PriceField.CLOSE), Operator.LESS_THAN, Operand.value(0));
        assertThat(firstBits(new RuleGroup(List.of(yes, yes), null, null, null)))
                .isEqualTo(Signals.LONG_ENTRY);
        assertThat(firstBits(new RuleGroup(List.of(yes, no), null, null, null))).isZero();
        assertThat(firstBits(new RuleGroup(null, List.of(no, yes), null, null))).isEqualTo(Signals.LONG_ENTRY);
        assertThat(firstBits(new RuleGroup(List.of(yes), List.of(no), null, null)))
                .isZero();
        assertThat(firstBits(new RuleGroup(List.of(yes), List.of(no), null, List.of(RuleGroup.allOf(yes)))))
                .as("anyGroups pool with any")
                .isEqualTo(Signals.LONG_ENTRY);
        assertThat(firstBits(new RuleGroup(null, null, List.of(RuleGroup.anyOf(no)), null)))
                .isZero();
    }

    @Test
    void conditionsOnAWarmingUpIndicatorAreFalse() {
        Condition rsiLow =
                new Condition(Operand.indicator(RuleIndicator.RSI, 14), Operator.LESS_THAN, Operand.value(101));
        RuleSignals signals = RuleSignals.compile(new CustomRules(RuleGroup.allOf(rsiLow), null, null, null), 252);
        for (int i = 0; i < 14; i++) {
            assertThat(signals.next(SERIES, i)).as("bar %d", i).isZero();
        }
        assertThat(signals.next(SERIES, 14)).isEqualTo(Signals.LONG_ENTRY);
    }

    private static int firstBits(RuleGroup longEntry) {
        return RuleSignals.compile(new CustomRules(longEntry, null, null, null), 252)
                .next(SERIES, 0);
    }
}
