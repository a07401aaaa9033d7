package com.gridvault.models.quant.backtest;

/**
 * A named numeric parameter of a built-in strategy.
 *
 * @param name the key in {@code strategy.parameters}
 * @param defaultValue the value used when the key is absent
 * @param kind how the value is checked
 */
public record StrategyParameter(String name, double defaultValue, Kind kind) {

    /** How a parameter value is checked. */
    public enum Kind {
        /** A whole number of bars, 1..number of bars. */
        PERIOD,
        /** An oscillator level within [0, 100]. */
        LEVEL,
        /** A finite number > 0. */
        POSITIVE,
        /** A finite number >= 0. */
        NON_NEGATIVE
    }
}
