package com.gridvault.models.quant.backtest;

import com.gridvault.models.quant.indicators.BollingerKernel;
import com.gridvault.models.quant.series.BarAccess;

/** {@link StrategyType#BOLLINGER_REVERSION}: fade closes outside the bands, exit at the middle. */
final class BollingerReversionSignals implements Signals {

    private final BollingerKernel bands;

    BollingerReversionSignals(int period, double multiplier) {
        this.bands = new BollingerKernel(period, multiplier);
    }

    @Override
    public int next(BarAccess bars, int index) {
        double close = bars.close(index);
        double middle = bands.next(close);
        int bits = 0;
        if (close < bands.lower()) {
            bits |= LONG_ENTRY;
        }
        if (close >= middle) {
            bits |= LONG_EXIT;
        }
        if (close > bands.upper()) {
            bits |= SHORT_ENTRY;
        }
        if (close <= middle) {
            bits |= SHORT_EXIT;
        }
        return bits;
    }
}
