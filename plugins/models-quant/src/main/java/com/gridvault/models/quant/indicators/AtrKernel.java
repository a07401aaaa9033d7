package com.gridvault.models.quant.indicators;

/**
 * Wilder's Average True Range: the Wilder-smoothed true range {@code max(high - low, |high -
 * prevClose|, |low - prevClose|)}, where the first bar's true range is {@code high - low}; the
 * first value, the mean of the first {@code period} true ranges, is at index {@code period - 1}.
 * Mutable and single-threaded.
 */
public final class AtrKernel {

    private final SmoothedAverage average;
    private double previousClose = Double.NaN;

    /**
     * Creates the kernel.
     *
     * @param period the period, at least 1
     */
    public AtrKernel(int period) {
        this.average = SmoothedAverage.wilder(period);
    }

    /**
     * Adds a bar and returns the ATR at it.
     *
     * @param high the bar's high
     * @param low the bar's low
     * @param close the bar's close
     * @return the ATR, or NaN during warm-up
     */
    public double next(double high, double low, double close) {
        double range = high - low;
        if (!Double.isNaN(previousClose)) {
            range = Math.max(range, Math.max(Math.abs(high - previousClose), Math.abs(low - previousClose)));
        }
        previousClose = close;
        return average.next(range);
    }
}
