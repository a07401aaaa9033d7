package com.gridvault.models.quant.backtest;

import com.gridvault.plugin.api.model.Doc;

/** How the quantity of a new position is chosen. */
@Doc("FIXED_FRACTION: value x equity (at the fill bar's open) / fill price; FIXED_QUANTITY: value units")
public enum SizingMode {
    /** A fraction of current equity, converted to (fractional) units at the fill price. */
    FIXED_FRACTION,
    /** A fixed number of units. */
    FIXED_QUANTITY
}
