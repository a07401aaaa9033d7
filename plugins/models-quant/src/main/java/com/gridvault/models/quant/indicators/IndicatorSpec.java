package com.gridvault.models.quant.indicators;

import com.gridvault.plugin.api.model.Doc;

/**
 * One indicator to compute. Only the fields that apply to the type are read; omitted ones take
 * the defaults shown.
 *
 * @param type the indicator
 * @param period window or look-back in bars
 * @param fastPeriod MACD fast EMA period
 * @param slowPeriod MACD slow EMA period
 * @param signalPeriod MACD signal EMA period
 * @param multiplier Bollinger band width in standard deviations
 */
@Doc("One indicator to compute; fields that do not apply to the type are ignored")
public record IndicatorSpec(
        @Doc("Indicator kind (required)") IndicatorType type,
        @Doc("Window or look-back in bars, 1..number of bars. Defaults: SMA/EMA/BOLLINGER/VOLATILITY 20,"
                        + " RSI/ATR 14, ROC 10; VOLATILITY needs at least 2")
                Integer period,
        @Doc("MACD fast EMA period, default 12") Integer fastPeriod,
        @Doc("MACD slow EMA period, default 26") Integer slowPeriod,
        @Doc("MACD signal EMA period, default 9") Integer signalPeriod,
        @Doc("Bollinger band width in population standard deviations, > 0, default 2") Double multiplier) {

    /**
     * A spec with only a type and period.
     *
     * @param type the indicator
     * @param period the period
     * @return the spec
     */
    public static IndicatorSpec of(IndicatorType type, int period) {
        return new IndicatorSpec(type, period, null, null, null, null);
    }
}
