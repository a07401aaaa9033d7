package com.gridvault.models.quant.backtest;

import com.gridvault.models.quant.indicators.RocKernel;
import com.gridvault.models.quant.series.BarAccess;

/** {@link StrategyType#MOMENTUM}: follow the sign of the N-bar rate of change beyond a dead band. */
final class MomentumSignals implements Signals {

    private final RocKernel roc;
    private final double threshold;

    MomentumSignals(int period, double threshold) {
        this.roc = new RocKernel(period);
        this.threshold = threshold;
    }

    @Override
    public int next(BarAccess bars, int index) {
        double value = roc.next(bars.close(index));
        if (value > threshold) {
            return LONG_ENTRY | SHORT_EXIT;
        }
        if (value < -threshold) {
            return SHORT_ENTRY | LONG_EXIT;
        }
        return 0;
    }
}
