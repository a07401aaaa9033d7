package com.gridvault.models.quant.backtest;

import com.gridvault.models.quant.backtest.rules.RuleSignals;

/** Builds the {@link Signals} for a resolved {@link StrategySpec}. */
public final class StrategySignals {

    private StrategySignals() {}

    /**
     * Creates fresh signal state for one run.
     *
     * @param spec a resolved spec (every parameter present, rules valid)
     * @param barsPerYear bars per year, for annualised indicators in rules
     * @return new signals
     */
    public static Signals create(StrategySpec spec, double barsPerYear) {
        return switch (spec.type()) {
            case SMA_CROSSOVER -> new SmaCrossSignals(period(spec, "fast"), period(spec, "slow"));
            case RSI_MEAN_REVERSION ->
                new RsiReversionSignals(
                        period(spec, "period"),
                        spec.parameter("lower"),
                        spec.parameter("upper"),
                        spec.parameter("exit"));
            case BOLLINGER_REVERSION ->
                new BollingerReversionSignals(period(spec, "period"), spec.parameter("multiplier"));
            case MOMENTUM -> new MomentumSignals(period(spec, "period"), spec.parameter("threshold"));
            case CUSTOM_RULES -> RuleSignals.compile(spec.rules(), barsPerYear);
        };
    }

    private static int period(StrategySpec spec, String name) {
        return (int) spec.parameter(name);
    }
}
