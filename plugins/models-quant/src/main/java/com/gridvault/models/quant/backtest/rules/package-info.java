/**
 * Custom strategies declared as JSON rules: nested {@link
 * com.gridvault.models.quant.backtest.rules.RuleGroup} records of {@link
 * com.gridvault.models.quant.backtest.rules.Condition}s over indicators, bar fields and constants,
 * with their validation and bar-by-bar evaluation.
 */
package com.gridvault.models.quant.backtest.rules;
