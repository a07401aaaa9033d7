package com.gridvault.models.quant.backtest.rules;

import com.gridvault.plugin.api.model.Doc;

/** An indicator line usable as a rule operand; all are computed on closes except ATR. */
@Doc("Indicator line for a rule operand. Default periods: SMA/EMA/BB_*/VOLATILITY 20, RSI/ATR 14, ROC 10;"
        + " MACD_* use fastPeriod 12, slowPeriod 26, signalPeriod 9; BB_* use multiplier 2")
public enum RuleIndicator {
    /** Simple moving average. */
    SMA(20),
    /** Exponential moving average. */
    EMA(20),
    /** Wilder RSI, 0..100. */
    RSI(14),
    /** Upper Bollinger band. */
    BB_UPPER(20),
    /** Middle Bollinger band (the SMA). */
    BB_MIDDLE(20),
    /** Lower Bollinger band. */
    BB_LOWER(20),
    /** MACD line. */
    MACD(0),
    /** MACD signal line. */
    MACD_SIGNAL(0),
    /** MACD histogram. */
    MACD_HISTOGRAM(0),
    /** Wilder ATR on high, low and close. */
    ATR(14),
    /** Annualised rolling volatility of log returns. */
    VOLATILITY(20),
    /** Rate of change over the period, decimal. */
    ROC(10);

    private final int defaultPeriod;

    RuleIndicator(int defaultPeriod) {
        this.defaultPeriod = defaultPeriod;
    }

    /**
     * Returns the period used when the operand gives none; 0 for the MACD lines, which use fast,
     * slow and signal periods instead.
     *
     * @return the default period
     */
    public int defaultPeriod() {
        return defaultPeriod;
    }

    /**
     * Tells whether this is one of the MACD lines.
     *
     * @return true for MACD, MACD_SIGNAL and MACD_HISTOGRAM
     */
    public boolean isMacd() {
        return defaultPeriod == 0;
    }

    /**
     * Tells whether this is one of the Bollinger bands.
     *
     * @return true for the BB_ lines
     */
    public boolean isBollinger() {
        return this == BB_UPPER || this == BB_MIDDLE || this == BB_LOWER;
    }
}
