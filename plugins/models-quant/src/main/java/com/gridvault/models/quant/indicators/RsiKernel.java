package com.gridvault.models.quant.indicators;

/**
 * Wilder's Relative Strength Index on closes: {@code 100 - 100 / (1 + avgGain / avgLoss)} with
 * both averages Wilder-smoothed and seeded with the simple average of the first {@code period}
 * changes, so the first value is at index {@code period}. A window without losses gives 100,
 * one without any change gives 50. Mutable and single-threaded.
 */
public final class RsiKernel {

    private final SmoothedAverage gains;
    private final SmoothedAverage losses;
    private double previous = Double.NaN;

    /**
     * Creates the kernel.
     *
     * @param period the period, at least 1
     */
    public RsiKernel(int period) {
        this.gains = SmoothedAverage.wilder(period);
        this.losses = SmoothedAverage.wilder(period);
    }

    /**
     * Adds a close and returns the RSI at it.
     *
     * @param close the newest close
     * @return the RSI in [0, 100], or NaN during warm-up
     */
    public double next(double close) {
        double prev = previous;
        previous = close;
        if (Double.isNaN(prev)) {
            return Double.NaN;
        }
        double change = close - prev;
        double gain = gains.next(Math.max(change, 0));
        double loss = losses.next(Math.max(-change, 0));
        if (Double.isNaN(gain)) {
            return Double.NaN;
        }
        if (loss == 0) {
            return gain == 0 ? 50 : 100;
        }
        return 100 - 100 / (1 + gain / loss);
    }
}
