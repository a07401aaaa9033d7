package com.gridvault.models.quant.backtest.rules;

import com.gridvault.plugin.api.model.Doc;

/**
 * Entry and exit rules of a {@code CUSTOM_RULES} strategy, evaluated at each bar's close; orders
 * fill at the next bar's open. An absent rule never fires; at least one entry rule is required.
 *
 * @param longEntry opens a long position when flat (or reverses a short that exits on this bar)
 * @param longExit closes a long position
 * @param shortEntry opens a short position when flat (or reverses a long that exits on this bar)
 * @param shortExit closes a short position
 */
@Doc("Entry and exit rules; absent rules never fire, at least one entry rule is required")
public record CustomRules(
        @Doc("Opens a long position") RuleGroup longEntry,
        @Doc("Closes a long position") RuleGroup longExit,
        @Doc("Opens a short position (needs direction SHORT_ONLY or LONG_SHORT)") RuleGroup shortEntry,
        @Doc("Closes a short position") RuleGroup shortExit) {}
