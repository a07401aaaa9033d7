package com.gridvault.models.quant.backtest;

import com.gridvault.models.quant.indicators.RsiKernel;
import com.gridvault.models.quant.series.BarAccess;

/** {@link StrategyType#RSI_MEAN_REVERSION}: buy oversold, sell overbought, exit at a middle level. */
final class RsiReversionSignals implements Signals {

    private final RsiKernel rsi;
    private final double lower;
    private final double upper;
    private final double exit;

    RsiReversionSignals(int period, double lower, double upper, double exit) {
        this.rsi = new RsiKernel(period);
        this.lower = lower;
        this.upper = upper;
        this.exit = exit;
    }

    @Override
    public int next(BarAccess bars, int index) {
        double value = rsi.next(bars.close(index));
        int bits = 0;
        if (value < lower) {
            bits |= LONG_ENTRY;
        }
        if (value > exit) {
            bits |= LONG_EXIT;
        }
        if (value > upper) {
            bits |= SHORT_ENTRY;
        }
        if (value < exit) {
            bits |= SHORT_EXIT;
        }
        return bits;
    }
}
