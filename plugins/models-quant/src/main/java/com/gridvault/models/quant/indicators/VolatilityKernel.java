package com.gridvault.models.quant.indicators;

/**
 * Rolling volatility: the sample standard deviation (n - 1 denominator) of the last {@code period}
 * log returns {@code ln(close_t / close_t-1)}, annualised by {@code sqrt(barsPerYear)} (J. Hull,
 * <i>Options, Futures, and Other Derivatives</i>, "Estimating volatility from historical data").
 * The first value is at index {@code period}. Mutable and single-threaded.
 */
public final class VolatilityKernel {

    private final double[] returns;
    private final double annualisation;
    private double previous = Double.NaN;
    private int count;
    private int next;

    /**
     * Creates the kernel.
     *
     * @param period the number of returns in the window, at least 2
     * @param barsPerYear bars in a year, e.g. 252 for daily bars
     */
    public VolatilityKernel(int period, double barsPerYear) {
        if (period < 2) {
            throw new IllegalArgumentException("period must be >= 2, was " + period);
        }
        this.returns = new double[period];
        this.annualisation = Math.sqrt(barsPerYear);
    }

    /**
     * Adds a close and returns the annualised volatility ending at it.
     *
     * @param close the newest close
     * @return the volatility as a decimal (0.2 = 20%), or NaN during warm-up
     */
    public double next(double close) {
        double prev = previous;
        previous = close;
        if (Double.isNaN(prev)) {
            return Double.NaN;
        }
        returns[next] = Math.log(close / prev);
        next = next + 1 == returns.length ? 0 : next + 1;
        if (count < returns.length) {
            count++;
            if (count < returns.length) {
                return Double.NaN;
            }
        }
        double mean = 0;
        for (double r : returns) {
            mean += r;
        }
        mean /= returns.length;
        double squares = 0;
        for (double r : returns) {
            squares += (r - mean) * (r - mean);
        }
        return Math.sqrt(squares / (returns.length - 1)) * annualisation;
    }
}
