package com.gridvault.models.quant.backtest.rules;

import com.gridvault.plugin.api.model.Doc;

/**
 * A comparison evaluated at each bar's close.
 *
 * @param left the left operand
 * @param op the comparison
 * @param right the right operand
 */
@Doc("A comparison at each bar's close, e.g. {\"left\":{\"indicator\":\"SMA\",\"period\":20},"
        + "\"op\":\"CROSSES_ABOVE\",\"right\":{\"indicator\":\"SMA\",\"period\":50}}")
public record Condition(
        @Doc("Left operand") Operand left, @Doc("Comparison") Operator op, @Doc("Right operand") Operand right) {}
