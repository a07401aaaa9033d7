package com.gridvault.models.quant.backtest;

import com.gridvault.plugin.api.model.Doc;

/** Which sides a strategy may take. */
@Doc("Allowed sides: LONG_ONLY, SHORT_ONLY or LONG_SHORT")
public enum TradeDirection {
    /** Long or flat. */
    LONG_ONLY,
    /** Short or flat. */
    SHORT_ONLY,
    /** Long, flat or short; an opposite entry signal reverses the position. */
    LONG_SHORT
}
