package com.gridvault.models.quant.backtest;

import com.gridvault.models.quant.backtest.StrategyParameter.Kind;
import com.gridvault.plugin.api.model.Doc;
import java.util.List;

/** The strategies a backtest can run; each declares its parameter keys and defaults. */
@Doc("Strategy kind. Parameters (strategy.parameters): SMA_CROSSOVER fast=20, slow=50;"
        + " RSI_MEAN_REVERSION period=14, lower=30, upper=70, exit=50; BOLLINGER_REVERSION period=20,"
        + " multiplier=2; MOMENTUM period=20, threshold=0; CUSTOM_RULES none (uses strategy.rules)")
public enum StrategyType {
    /**
     * Long when the fast SMA of closes crosses above the slow SMA; exit long (and go short, when
     * shorts are allowed) when it crosses below.
     */
    SMA_CROSSOVER(p("fast", 20, Kind.PERIOD), p("slow", 50, Kind.PERIOD)),
    /**
     * Long when RSI < lower, exit long when RSI > exit; short when RSI > upper, exit short when RSI
     * < exit.
     */
    RSI_MEAN_REVERSION(
            p("period", 14, Kind.PERIOD),
            p("lower", 30, Kind.LEVEL),
            p("upper", 70, Kind.LEVEL),
            p("exit", 50, Kind.LEVEL)),
    /**
     * Long when the close is below the lower band, exit long at or above the middle band; short
     * above the upper band, exit short at or below the middle band.
     */
    BOLLINGER_REVERSION(p("period", 20, Kind.PERIOD), p("multiplier", 2, Kind.POSITIVE)),
    /**
     * With ROC = close / close[period bars ago] - 1: long (and exit short) when ROC > threshold;
     * short (and exit long) when ROC < -threshold; hold in between.
     */
    MOMENTUM(p("period", 20, Kind.PERIOD), p("threshold", 0, Kind.NON_NEGATIVE)),
    /** Entry and exit conditions declared as JSON rules in {@code strategy.rules}. */
    CUSTOM_RULES();

    private final List<StrategyParameter> parameters;

    StrategyType(StrategyParameter... parameters) {
        this.parameters = List.of(parameters);
    }

    /**
     * Returns the parameters this strategy reads.
     *
     * @return the parameters, in declaration order
     */
    public List<StrategyParameter> parameters() {
        return parameters;
    }

    private static StrategyParameter p(String name, double defaultValue, Kind kind) {
        return new StrategyParameter(name, defaultValue, kind);
    }
}
