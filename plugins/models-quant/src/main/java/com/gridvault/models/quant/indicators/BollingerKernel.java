package com.gridvault.models.quant.indicators;

/**
 * Bollinger Bands: middle = simple moving average of {@code period} closes, upper/lower = middle
 * plus/minus {@code multiplier} population standard deviations of the same window (J. Bollinger,
 * <i>Bollinger on Bollinger Bands</i>, 2001). The deviation is computed two-pass over the window
 * for accuracy. Mutable and single-threaded; read the bands after each {@link #next(double)}.
 */
public final class BollingerKernel {

    private final double[] window;
    private final double multiplier;
    private final SmaKernel sma;
    private int next;
    private double middle = Double.NaN;
    private double deviation = Double.NaN;

    /**
     * Creates the kernel.
     *
     * @param period the window length, at least 1
     * @param multiplier the band width in standard deviations, e.g. 2
     */
    public BollingerKernel(int period, double multiplier) {
        this.window = new double[period];
        this.multiplier = multiplier;
        this.sma = new SmaKernel(period);
    }

    /**
     * Adds a close and updates the bands.
     *
     * @param value the newest close
     * @return the middle band, or NaN during warm-up
     */
    public double next(double value) {
        window[next] = value;
        next = next + 1 == window.length ? 0 : next + 1;
        middle = sma.next(value);
        deviation = Double.isNaN(middle) ? Double.NaN : populationDeviation(middle);
        return middle;
    }

    private double populationDeviation(double mean) {
        double squares = 0;
        for (double v : window) {
            double d = v - mean;
            squares += d * d;
        }
        return Math.sqrt(squares / window.length);
    }

    /**
     * Returns the middle band after the last value.
     *
     * @return the middle band or NaN
     */
    public double middle() {
        return middle;
    }

    /**
     * Returns the upper band after the last value.
     *
     * @return the upper band or NaN
     */
    public double upper() {
        return middle + multiplier * deviation;
    }

    /**
     * Returns the lower band after the last value.
     *
     * @return the lower band or NaN
     */
    public double lower() {
        return middle - multiplier * deviation;
    }
}
