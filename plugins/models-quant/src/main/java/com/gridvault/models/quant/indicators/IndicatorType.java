package com.gridvault.models.quant.indicators;

import com.gridvault.plugin.api.model.Doc;

/** The indicators the {@code quant.indicators} model computes. */
@Doc("Indicator kind")
public enum IndicatorType {
    /** Simple moving average of closes; line {@code value}. */
    SMA,
    /** Exponential moving average of closes (SMA-seeded); line {@code value}. */
    EMA,
    /** Wilder RSI of closes; line {@code value}. */
    RSI,
    /** Bollinger Bands; lines {@code middle}, {@code upper}, {@code lower}. */
    BOLLINGER,
    /** MACD; lines {@code macd}, {@code signal}, {@code histogram}. */
    MACD,
    /** Wilder Average True Range; line {@code value}. */
    ATR,
    /** Annualised rolling volatility of log returns; line {@code value}. */
    VOLATILITY,
    /** Rate of change over {@code period} bars; line {@code value}. */
    ROC
}
