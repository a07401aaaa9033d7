package com.gridvault.models.quant.backtest.rules;

import com.gridvault.plugin.api.model.Doc;

/** A field of the current bar usable as a rule operand. */
@Doc("A field of the bar that just closed")
public enum PriceField {
    /** Opening price. */
    OPEN,
    /** High. */
    HIGH,
    /** Low. */
    LOW,
    /** Closing price. */
    CLOSE,
    /** Volume. */
    VOLUME
}
