package com.gridvault.models.quant.indicators;

/**
 * Simple moving average fed one value at a time: the mean of the last {@code period} values,
 * {@code NaN} until that many have been seen.
 *
 * <p>Uses a running sum that is re-added from the window every time the ring wraps, so rounding
 * drift over a million bars stays at one window's worth (O(1) amortised per value). Mutable and
 * single-threaded: one instance per series.
 */
public final class SmaKernel {

    private final double[] window;
    private int count;
    private int next;
    private double sum;

    /**
     * Creates the kernel.
     *
     * @param period the window length, at least 1
     */
    public SmaKernel(int period) {
        if (period < 1) {
            throw new IllegalArgumentException("period must be >= 1, was " + period);
        }
        this.window = new double[period];
    }

    /**
     * Adds a value and returns the average ending at it.
     *
     * @param value the newest value
     * @return the average, or NaN during warm-up
     */
    public double next(double value) {
        double evicted = window[next];
        window[next] = value;
        next++;
        if (count < window.length) {
            count++;
            sum += value;
        } else {
            sum += value - evicted;
        }
        if (next == window.length) {
            next = 0;
            sum = resum();
        }
        return count < window.length ? Double.NaN : sum / window.length;
    }

    private double resum() {
        double s = 0;
        for (double v : window) {
            s += v;
        }
        return s;
    }
}
