package com.gridvault.models.quant.backtest.rules;

import com.gridvault.plugin.api.model.Doc;

/**
 * One side of a condition: exactly one of {@code indicator}, {@code price} or {@code value}. An
 * indicator value that is still warming up makes every condition on it false.
 *
 * @param indicator an indicator line
 * @param period the indicator's period (not for MACD lines)
 * @param fastPeriod MACD fast period
 * @param slowPeriod MACD slow period
 * @param signalPeriod MACD signal period
 * @param multiplier Bollinger width in standard deviations
 * @param price a field of the current bar
 * @param value a constant, e.g. an RSI level
 */
@Doc("Rule operand: exactly one of indicator, price or value, e.g. {\"indicator\":\"SMA\",\"period\":20},"
        + " {\"price\":\"CLOSE\"} or {\"value\":30}")
public record Operand(
        @Doc("Indicator line") RuleIndicator indicator,
        @Doc("Indicator period in bars (defaults per indicator)") Integer period,
        @Doc("MACD fast EMA period, default 12") Integer fastPeriod,
        @Doc("MACD slow EMA period, default 26") Integer slowPeriod,
        @Doc("MACD signal EMA period, default 9") Integer signalPeriod,
        @Doc("Bollinger width in standard deviations, default 2") Double multiplier,
        @Doc("Bar field") PriceField price,
        @Doc("Constant") Double value) {

    /**
     * An indicator operand.
     *
     * @param indicator the line
     * @param period the period
     * @return the operand
     */
    public static Operand indicator(RuleIndicator indicator, int period) {
        return new Operand(indicator, period, null, null, null, null, null, null);
    }

    /**
     * A bar field operand.
     *
     * @param price the field
     * @return the operand
     */
    public static Operand price(PriceField price) {
        return new Operand(null, null, null, null, null, null, price, null);
    }

    /**
     * A constant operand.
     *
     * @param value the constant
     * @return the operand
     */
    public static Operand value(double value) {
        return new Operand(null, null, null, null, null, null, null, value);
    }
}
