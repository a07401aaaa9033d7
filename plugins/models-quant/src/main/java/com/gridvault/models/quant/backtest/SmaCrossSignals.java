package com.gridvault.models.quant.backtest;

import com.gridvault.models.quant.indicators.SmaKernel;
import com.gridvault.models.quant.series.BarAccess;

/** {@link StrategyType#SMA_CROSSOVER}: crossings of a fast and a slow SMA of closes. */
final class SmaCrossSignals implements Signals {

    private final SmaKernel fast;
    private final SmaKernel slow;
    private double previousFast = Double.NaN;
    private double previousSlow = Double.NaN;

    SmaCrossSignals(int fastPeriod, int slowPeriod) {
        this.fast = new SmaKernel(fastPeriod);
        this.slow = new SmaKernel(slowPeriod);
    }

    @Override
    public int next(BarAccess bars, int index) {
        double close = bars.close(index);
        double f = fast.next(close);
        double s = slow.next(close);
        int bits = 0;
        // NaN comparisons are false, so nothing fires until both averages have two values.
        if (f > s && previousFast <= previousSlow) {
            bits = LONG_ENTRY | SHORT_EXIT;
        } else if (f < s && previousFast >= previousSlow) {
            bits = LONG_EXIT | SHORT_ENTRY;
        }
        previousFast = f;
        previousSlow = s;
        return bits;
    }
}
