package com.gridvault.models.quant.indicators;

/**
 * Exponential smoothing {@code avg += alpha * (x - avg)}, seeded with the simple average of the
 * first {@code period} values (the TA-Lib and Wilder convention), {@code NaN} before that.
 *
 * <p>{@link #ema(int)} uses {@code alpha = 2 / (period + 1)}; {@link #wilder(int)} uses {@code
 * alpha = 1 / period}, Wilder's smoothing for RSI and ATR (J. W. Wilder, <i>New Concepts in
 * Technical Trading Systems</i>, 1978). Mutable and single-threaded.
 */
public final class SmoothedAverage {

    private final int period;
    private final double alpha;
    private int count;
    private double value;

    private SmoothedAverage(int period, double alpha) {
        if (period < 1) {
            throw new IllegalArgumentException("period must be >= 1, was " + period);
        }
        this.period = period;
        this.alpha = alpha;
    }

    /**
     * An exponential moving average with {@code alpha = 2 / (period + 1)}.
     *
     * @param period the period, at least 1
     * @return a new kernel
     */
    public static SmoothedAverage ema(int period) {
        return new SmoothedAverage(period, 2.0 / (period + 1));
    }

    /**
     * Wilder's smoothing with {@code alpha = 1 / period}.
     *
     * @param period the period, at least 1
     * @return a new kernel
     */
    public static SmoothedAverage wilder(int period) {
        return new SmoothedAverage(period, 1.0 / period);
    }

    /**
     * Adds a value and returns the smoothed value ending at it.
     *
     * @param x the newest value
     * @return the average, or NaN during warm-up
     */
    public double next(double x) {
        if (count < period) {
            value += x;
            count++;
            if (count < period) {
                return Double.NaN;
            }
            value /= period;
            return value;
        }
        value += alpha * (x - value);
        return value;
    }
}
