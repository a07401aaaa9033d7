package com.gridvault.models.quant.backtest;

import com.gridvault.plugin.api.model.Doc;

/**
 * Position sizing.
 *
 * @param mode the sizing rule
 * @param value the fraction of equity (1 = 100%) or the number of units
 */
@Doc("Position sizing; default FIXED_FRACTION 1.0 (all equity)")
public record PositionSizing(
        @Doc("Sizing rule, default FIXED_FRACTION") SizingMode mode,
        @Doc("FIXED_FRACTION: fraction of equity, > 0 (1 = 100%, > 1 is leverage); FIXED_QUANTITY: units, > 0."
                        + " Default 1")
                Double value) {}
