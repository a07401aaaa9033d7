package com.gridvault.models.quant.indicators;

/**
 * Rate of change over {@code period} bars: {@code close_t / close_t-period - 1}, as a decimal. The
 * first value is at index {@code period}. Mutable and single-threaded.
 */
public final class RocKernel {

    private final double[] window;
    private int count;
    private int next;

    /**
     * Creates the kernel.
     *
     * @param period the look-back in bars, at least 1
     */
    public RocKernel(int period) {
        if (period < 1) {
            throw new IllegalArgumentException("period must be >= 1, was " + period);
        }
        this.window = new double[period];
    }

    /**
     * Adds a close and returns the rate of change ending at it.
     *
     * @param close the newest close
     * @return the rate of change, or NaN during warm-up
     */
    public double next(double close) {
        double old = window[next];
        window[next] = close;
        next = next + 1 == window.length ? 0 : next + 1;
        if (count < window.length) {
            count++;
            return Double.NaN;
        }
        return close / old - 1;
    }
}
