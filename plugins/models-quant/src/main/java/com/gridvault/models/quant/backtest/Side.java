package com.gridvault.models.quant.backtest;

import com.gridvault.plugin.api.model.Doc;

/** The side of a trade. */
@Doc("Trade side")
public enum Side {
    /** Bought first, sold to exit. */
    LONG,
    /** Sold first, bought back to exit. */
    SHORT
}
