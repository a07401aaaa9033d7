package com.gridvault.models.quant.backtest;

import com.gridvault.models.quant.series.BarAccess;

/**
 * A strategy's signal source, fed bar by bar in time order at each bar's close. Implementations
 * keep their own indicator state and may read only bar {@code index} of {@code bars} (earlier
 * values they need are remembered, never re-read). Mutable: one instance per run.
 */
public interface Signals {

    /** Bit: open (or keep) a long position. */
    int LONG_ENTRY = 1;

    /** Bit: close a long position. */
    int LONG_EXIT = 2;

    /** Bit: open (or keep) a short position. */
    int SHORT_ENTRY = 4;

    /** Bit: close a short position. */
    int SHORT_EXIT = 8;

    /**
     * Processes the close of bar {@code index}, called once per bar with increasing indices.
     *
     * @param bars the bars, readable up to {@code index}
     * @param index the bar that just closed
     * @return a combination of the signal bits
     */
    int next(BarAccess bars, int index);
}
