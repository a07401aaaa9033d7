package com.gridvault.models.quant.indicators;

/**
 * MACD (G. Appel): line = EMA(fast) - EMA(slow) of closes, signal = EMA(signalPeriod) of the line,
 * histogram = line - signal. The line starts once the slow EMA is seeded; the signal EMA is fed
 * only defined line values. Mutable and single-threaded; read the three lines after each {@link
 * #next(double)}.
 */
public final class MacdKernel {

    private final SmoothedAverage fast;
    private final SmoothedAverage slow;
    private final SmoothedAverage signalAverage;
    private double line = Double.NaN;
    private double signal = Double.NaN;

    /**
     * Creates the kernel.
     *
     * @param fastPeriod the fast EMA period, e.g. 12
     * @param slowPeriod the slow EMA period, e.g. 26
     * @param signalPeriod the signal EMA period, e.g. 9
     */
    public MacdKernel(int fastPeriod, int slowPeriod, int signalPeriod) {
        this.fast = SmoothedAverage.ema(fastPeriod);
        this.slow = SmoothedAverage.ema(slowPeriod);
        this.signalAverage = SmoothedAverage.ema(signalPeriod);
    }

    /**
     * Adds a close and updates the lines.
     *
     * @param close the newest close
     * @return the MACD line, or NaN during warm-up
     */
    public double next(double close) {
        line = fast.next(close) - slow.next(close);
        signal = Double.isNaN(line) ? Double.NaN : signalAverage.next(line);
        return line;
    }

    /**
     * Returns the MACD line after the last close.
     *
     * @return the line or NaN
     */
    public double line() {
        return line;
    }

    /**
     * Returns the signal line after the last close.
     *
     * @return the signal or NaN
     */
    public double signal() {
        return signal;
    }

    /**
     * Returns the histogram after the last close.
     *
     * @return line minus signal, or NaN
     */
    public double histogram() {
        return line - signal;
    }
}
