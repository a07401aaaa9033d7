package com.gridvault.models.quant.backtest;

import com.gridvault.models.quant.series.BarAccess;
import java.time.Instant;

/** Wraps a series and fails the test on any read of a bar after the one the engine announced. */
final class GuardedBars implements BarAccess {

    private final BarAccess bars;
    private int current = -1;

    GuardedBars(BarAccess bars) {
        this.bars = bars;
    }

    @Override
    public int size() {
        return bars.size();
    }

    @Override
    public void advanceTo(int index) {
        if (index < current) {
            throw new AssertionError("went back from bar " + current + " to " + index);
        }
        current = index;
    }

    private int check(int index) {
        if (index > current) {
            throw new AssertionError("look-ahead: read bar " + index + " while processing bar " + current);
        }
        return index;
    }

    @Override
    public Instant time(int index) {
        return bars.time(check(index));
    }

    @Override
    public double open(int index) {
        return bars.open(check(index));
    }

    @Override
    public double high(int index) {
        return bars.high(check(index));
    }

    @Override
    public double low(int index) {
        return bars.low(check(index));
    }

    @Override
    public double close(int index) {
        return bars.close(check(index));
    }

    @Override
    public double volume(int index) {
        return bars.volume(check(index));
    }
}
