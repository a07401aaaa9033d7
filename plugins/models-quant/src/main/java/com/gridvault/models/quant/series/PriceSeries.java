package com.gridvault.models.quant.series;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * An immutable OHLCV series stored as parallel primitive arrays (struct of arrays), so indicator
 * and backtest loops over a million bars touch contiguous memory and allocate nothing.
 *
 * <p>Built once per request from validated {@link Bar}s; the arrays are never exposed for writing.
 */
public final class PriceSeries implements BarAccess {

    private final Instant[] times;
    private final double[] open;
    private final double[] high;
    private final double[] low;
    private final double[] close;
    private final double[] volume;

    private PriceSeries(Instant[] times, double[] open, double[] high, double[] low, double[] close, double[] volume) {
        this.times = times;
        this.open = open;
        this.high = high;
        this.low = low;
        this.close = close;
        this.volume = volume;
    }

    /**
     * Converts bars to arrays. The bars are assumed valid (see {@link BarsValidator}).
     *
     * @param bars the bars, in time order
     * @return the series
     */
    public static PriceSeries of(List<Bar> bars) {
        int n = bars.size();
        Instant[] t = new Instant[n];
        double[] o = new double[n];
        double[] h = new double[n];
        double[] l = new double[n];
        double[] c = new double[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            Bar b = bars.get(i);
            t[i] = b.time();
            o[i] = b.open();
            h[i] = b.high();
            l[i] = b.low();
            c[i] = b.close();
            v[i] = b.volume();
        }
        return new PriceSeries(t, o, h, l, c, v);
    }

    /**
     * Wraps arrays of equal length (copied), for callers that already hold columns.
     *
     * @param times the bar times
     * @param open opens
     * @param high highs
     * @param low lows
     * @param close closes
     * @param volume volumes
     * @return the series
     */
    public static PriceSeries ofColumns(
            Instant[] times, double[] open, double[] high, double[] low, double[] close, double[] volume) {
        int n = times.length;
        if (open.length != n || high.length != n || low.length != n || close.length != n || volume.length != n) {
            throw new IllegalArgumentException("All columns must have the same length");
        }
        return new PriceSeries(times.clone(), open.clone(), high.clone(), low.clone(), close.clone(), volume.clone());
    }

    /**
     * Returns the first {@code count} bars.
     *
     * @param count how many bars to keep
     * @return the truncated series
     */
    public PriceSeries head(int count) {
        return new PriceSeries(
                Arrays.copyOf(times, count),
                Arrays.copyOf(open, count),
                Arrays.copyOf(high, count),
                Arrays.copyOf(low, count),
                Arrays.copyOf(close, count),
                Arrays.copyOf(volume, count));
    }

    /**
     * Returns a copy of the closing prices.
     *
     * @return the closes
     */
    public double[] closes() {
        return close.clone();
    }

    /**
     * Returns a copy of the highs.
     *
     * @return the highs
     */
    public double[] highs() {
        return high.clone();
    }

    /**
     * Returns a copy of the lows.
     *
     * @return the lows
     */
    public double[] lows() {
        return low.clone();
    }

    @Override
    public int size() {
        return close.length;
    }

    @Override
    public Instant time(int index) {
        return times[index];
    }

    @Override
    public double open(int index) {
        return open[index];
    }

    @Override
    public double high(int index) {
        return high[index];
    }

    @Override
    public double low(int index) {
        return low[index];
    }

    @Override
    public double close(int index) {
        return close[index];
    }

    @Override
    public double volume(int index) {
        return volume[index];
    }
}
