package com.gridvault.models.quant.stats;

/**
 * Descriptive statistics on primitive arrays, two-pass for accuracy. Stateless and thread-safe.
 */
public final class Stats {

    private Stats() {}

    /**
     * Arithmetic mean.
     *
     * @param x the values, not empty
     * @return the mean
     */
    public static double mean(double[] x) {
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        return sum / x.length;
    }

    /**
     * Sample variance with the n - 1 denominator; NaN for fewer than two values.
     *
     * @param x the values
     * @return the variance
     */
    public static double sampleVariance(double[] x) {
        return sampleCovariance(x, x);
    }

    /**
     * Sample standard deviation with the n - 1 denominator; NaN for fewer than two values.
     *
     * @param x the values
     * @return the standard deviation
     */
    public static double sampleStdev(double[] x) {
        return Math.sqrt(sampleVariance(x));
    }

    /**
     * Sample covariance with the n - 1 denominator; NaN for fewer than two pairs.
     *
     * @param x the first series
     * @param y the second series, same length
     * @return the covariance
     */
    public static double sampleCovariance(double[] x, double[] y) {
        int n = x.length;
        if (n < 2) {
            return Double.NaN;
        }
        double mx = mean(x);
        double my = mean(y);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += (x[i] - mx) * (y[i] - my);
        }
        return sum / (n - 1);
    }

    /**
     * Pearson correlation; NaN when either series is constant.
     *
     * @param x the first series
     * @param y the second series, same length
     * @return the correlation in [-1, 1]
     */
    public static double correlation(double[] x, double[] y) {
        double c = sampleCovariance(x, y) / Math.sqrt(sampleVariance(x) * sampleVariance(y));
        return Double.isFinite(c) ? Math.max(-1, Math.min(1, c)) : Double.NaN;
    }
}
