package com.gridvault.models.quant.backtest.rules;

import com.gridvault.plugin.api.model.Doc;

/** How a condition compares its operands at a bar's close. */
@Doc("GREATER_THAN / LESS_THAN compare this bar; CROSSES_ABOVE is left > right now and left <= right on"
        + " the previous bar; CROSSES_BELOW is left < right now and left >= right before")
public enum Operator {
    /** left &gt; right on this bar. */
    GREATER_THAN,
    /** left &lt; right on this bar. */
    LESS_THAN,
    /** left &gt; right on this bar and left &lt;= right on the previous bar. */
    CROSSES_ABOVE,
    /** left &lt; right on this bar and left &gt;= right on the previous bar. */
    CROSSES_BELOW
}
