package com.gridvault.models.quant.backtest;

import com.gridvault.plugin.api.model.Doc;
import java.time.Instant;

/**
 * One round trip. Fills happen at the open of the bar after the signal, adjusted for slippage.
 *
 * @param side long or short
 * @param entryIndex index of the entry bar
 * @param entryTime time of the entry bar
 * @param entryPrice fill price including slippage
 * @param exitIndex index of the exit bar (the last bar when still open)
 * @param exitTime time of the exit bar
 * @param exitPrice fill price including slippage, or the last close when still open
 * @param quantity units held, > 0
 * @param pnl profit and loss net of all commissions on this trade
 * @param commission commissions paid on entry and exit
 * @param open true when the position was still open at the end and is marked at the last close
 */
@Doc("One round-trip trade")
public record Trade(
        @Doc("LONG or SHORT") Side side,
        @Doc("Index of the entry bar (0-based)") int entryIndex,
        @Doc("Time of the entry bar") Instant entryTime,
        @Doc("Entry fill price: the bar's open adjusted for slippage") double entryPrice,
        @Doc("Index of the exit bar; the last bar when still open") int exitIndex,
        @Doc("Time of the exit bar") Instant exitTime,
        @Doc("Exit fill price adjusted for slippage, or the last close when still open") double exitPrice,
        @Doc("Units held, > 0") double quantity,
        @Doc("Profit and loss in account currency, net of commissions") double pnl,
        @Doc("Commissions paid on entry and exit, in account currency") double commission,
        @Doc("True when still open at the end (marked at the last close, no exit costs)") boolean open) {}
