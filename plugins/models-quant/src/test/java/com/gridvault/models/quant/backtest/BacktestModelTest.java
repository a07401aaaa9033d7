package com.gridvault.models.quant.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.gridvault.models.quant.TestBars;
import com.gridvault.models.quant.backtest.rules.Condition;
import com.gridvault.models.quant.backtest.rules.CustomRules;
import com.gridvault.models.quant.backtest.rules.Operand;
import com.gridvault.models.quant.backtest.rules.Operator;
import com.gridvault.models.quant.backtest.rules.RuleGroup;
import com.gridvault.models.quant.backtest.rules.RuleIndicator;
import com.gridvault.models.quant.series.Bar;
import com.gridvault.plugin.api.model.ModelContext;
import com.gridvault.plugin.api.validation.FieldError;
import com.gridvault.plugin.api.validation.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BacktestModelTest {

    private final BacktestModel model = new BacktestModel();
    private final List<Bar> bars = TestBars.gbm(300, 5);

    private List<String> errorPaths(BacktestInput input) {
        InvalidInputException e =
                catchThrowableOfType(InvalidInputException.class, () -> model.run(input, ModelContext.standalone()));
        assertThat(e).as("expected an InvalidInputException").isNotNull();
        return e.errors().stream().map(FieldError::path).toList();
    }

    @Test
    void runsWithDefaultsAndReturnsTheEquityCurve() {
        BacktestOutput out = model.run(
                new BacktestInput(bars, new StrategySpec(StrategyType.SMA_CROSSOVER, null, null), null, null),
                ModelContext.standalone());
        assertThat(out.equityCurve()).hasSize(300);
        assertThat(out.equityCurve().get(0).equity()).isEqualTo(100_000);
        assertThat(out.metrics().numberOfTrades()).isEqualTo(out.trades().size());
        assertThat(model.descriptor().id()).isEqualTo("quant.backtest");
        assertThat(model.estimateWork(new BacktestInput(bars, null, null, null)))
                .isEqualTo(300);
    }

    @Test
    void namesEveryBadFieldAtOnce() {
        List<Bar> bad = new ArrayList<>(bars);
        Bar b = bad.get(17);
        bad.set(17, new Bar(b.time(), b.open(), b.high(), b.low(), Double.NaN, b.volume()));
        BacktestInput input = new BacktestInput(
                bad,
                StrategySpec.of(StrategyType.SMA_CROSSOVER, Map.of("fast", 0.0, "slow", 301.0, "sloww", 5.0)),
                new BacktestSettings(
                        -1.0, null, new PositionSizing(null, 0.0), new Costs(-1.0, Double.NaN, 2.0), 0, Double.NaN),
                true);

        assertThat(errorPaths(input))
                .containsExactlyInAnyOrder(
                        "bars[17].close",
                        "strategy.parameters.sloww",
                        "strategy.parameters.fast",
                        "strategy.parameters.slow",
                        "settings.initialCapital",
                        "settings.sizing.value",
                        "settings.costs.commissionPerTrade",
                        "settings.costs.commissionBps",
                        "settings.barsPerYear",
                        "settings.riskFreeRate");
    }

    @Test
    void rejectsFractionalPeriodsAndInconsistentRsiLevels() {
        BacktestInput input = new BacktestInput(
                bars,
                StrategySpec.of(
                        StrategyType.RSI_MEAN_REVERSION,
                        Map.of("period", 2.5, "lower", 80.0, "upper", 70.0, "exit", 120.0)),
                null,
                null);
        assertThat(errorPaths(input)).containsExactly("strategy.parameters.period", "strategy.parameters.exit");
        BacktestInput crossed = new BacktestInput(
                bars,
                StrategySpec.of(StrategyType.RSI_MEAN_REVERSION, Map.of("lower", 80.0, "upper", 70.0)),
                null,
                null);
        assertThat(errorPaths(crossed)).containsExactly("strategy.parameters.lower", "strategy.parameters.exit");
    }

    @Test
    void requiresAStrategyTypeAndRulesForCustomStrategies() {
        assertThat(errorPaths(new BacktestInput(bars, null, null, null))).containsExactly("strategy");
        assertThat(errorPaths(new BacktestInput(bars, new StrategySpec(null, null, null), null, null)))
                .containsExactly("strategy.type");
        assertThat(errorPaths(
                        new BacktestInput(bars, new StrategySpec(StrategyType.CUSTOM_RULES, null, null), null, null)))
                .containsExactly("strategy.rules");
    }

    @Test
    void namesBadRulePathsDeepInTheTree() {
        Condition ok = new Condition(Operand.indicator(RuleIndicator.SMA, 5), Operator.GREATER_THAN, Operand.value(1));
        Condition badPeriod =
                new Condition(Operand.indicator(RuleIndicator.SMA, 0), Operator.CROSSES_ABOVE, Operand.value(1));
        Condition twoKinds = new Condition(
                new Operand(RuleIndicator.RSI, 14, null, null, null, null, null, 30.0),
                null,
                Operand.value(Double.NaN));
        CustomRules rules = new CustomRules(
                new RuleGroup(
                        List.of(ok, badPeriod),
                        null,
                        List.of(new RuleGroup(null, List.of(twoKinds), null, null)),
                        null),
                new RuleGroup(List.of(), null, null, null),
                null,
                RuleGroup.allOf(
                        new Condition(Operand.indicator(RuleIndicator.VOLATILITY, 1), Operator.LESS_THAN, null)));

        assertThat(errorPaths(
                        new BacktestInput(bars, new StrategySpec(StrategyType.CUSTOM_RULES, null, rules), null, null)))
                .containsExactly(
                        "strategy.rules.longEntry.all[1].left.period",
                        "strategy.rules.longEntry.allGroups[0].any[0].op",
                        "strategy.rules.longEntry.allGroups[0].any[0].left",
                        "strategy.rules.longEntry.allGroups[0].any[0].right.value",
                        "strategy.rules.longExit",
                        "strategy.rules.shortExit.all[0].left.period",
                        "strategy.rules.shortExit.all[0].right");
    }
}
