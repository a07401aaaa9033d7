package com.gridvault.models.quant.indicators;

/**
 * Whole-series technical indicators on primitive arrays: one value per input bar, {@code NaN}
 * during warm-up. Each method drives the matching streaming kernel over the array, so the batch
 * values are exactly the values the backtest engine sees bar by bar.
 *
 * <p>Stateless and thread-safe; use {@link #DEFAULT}.
 */
public final class Indicators {

    /** The shared instance. */
    public static final Indicators DEFAULT = new Indicators();

    private Indicators() {}

    /**
     * Simple moving average; first value at index {@code period - 1}.
     *
     * @param values the input, e.g. closes
     * @param period the window, at least 1
     * @return the averages
     */
    public double[] sma(double[] values, int period) {
        SmaKernel kernel = new SmaKernel(period);
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = kernel.next(values[i]);
        }
        return out;
    }

    /**
     * Exponential moving average, {@code alpha = 2 / (period + 1)}, seeded with the SMA of the first
     * {@code period} values; first value at index {@code period - 1}.
     *
     * @param values the input
     * @param period the period, at least 1
     * @return the averages
     */
    public double[] ema(double[] values, int period) {
        SmoothedAverage kernel = SmoothedAverage.ema(period);
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = kernel.next(values[i]);
        }
        return out;
    }

    /**
     * Wilder RSI; first value at index {@code period}.
     *
     * @param closes the closes
     * @param period the period, at least 1
     * @return RSI values in [0, 100]
     */
    public double[] rsi(double[] closes, int period) {
        RsiKernel kernel = new RsiKernel(period);
        double[] out = new double[closes.length];
        for (int i = 0; i < closes.length; i++) {
            out[i] = kernel.next(closes[i]);
        }
        return out;
    }

    /**
     * Bollinger Bands with population standard deviation; first value at index {@code period - 1}.
     *
     * @param closes the closes
     * @param period the window, at least 1
     * @param multiplier the width in standard deviations
     * @return the three bands
     */
    public BollingerBands bollinger(double[] closes, int period, double multiplier) {
        BollingerKernel kernel = new BollingerKernel(period, multiplier);
        int n = closes.length;
        double[] middle = new double[n];
        double[] upper = new double[n];
        double[] lower = new double[n];
        for (int i = 0; i < n; i++) {
            middle[i] = kernel.next(closes[i]);
            upper[i] = kernel.upper();
            lower[i] = kernel.lower();
        }
        return new BollingerBands(middle, upper, lower);
    }

    /**
     * MACD line, signal and histogram; the line starts at index {@code slow - 1}, the signal at
     * {@code slow + signal - 2}.
     *
     * @param closes the closes
     * @param fast the fast EMA period
     * @param slow the slow EMA period
     * @param signal the signal EMA period
     * @return the three lines
     */
    public MacdLines macd(double[] closes, int fast, int slow, int signal) {
        MacdKernel kernel = new MacdKernel(fast, slow, signal);
        int n = closes.length;
        double[] line = new double[n];
        double[] sig = new double[n];
        double[] hist = new double[n];
        for (int i = 0; i < n; i++) {
            line[i] = kernel.next(closes[i]);
            sig[i] = kernel.signal();
            hist[i] = kernel.histogram();
        }
        return new MacdLines(line, sig, hist);
    }

    /**
     * Wilder ATR; first value at index {@code period - 1}.
     *
     * @param high the highs
     * @param low the lows
     * @param close the closes
     * @param period the period, at least 1
     * @return the ATR values
     */
    public double[] atr(double[] high, double[] low, double[] close, int period) {
        AtrKernel kernel = new AtrKernel(period);
        double[] out = new double[close.length];
        for (int i = 0; i < close.length; i++) {
            out[i] = kernel.next(high[i], low[i], close[i]);
        }
        return out;
    }

    /**
     * Annualised rolling volatility of log returns; first value at index {@code period}.
     *
     * @param closes the closes
     * @param period returns per window, at least 2
     * @param barsPerYear bars per year for annualisation
     * @return volatilities as decimals
     */
    public double[] rollingVolatility(double[] closes, int period, double barsPerYear) {
        VolatilityKernel kernel = new VolatilityKernel(period, barsPerYear);
        double[] out = new double[closes.length];
        for (int i = 0; i < closes.length; i++) {
            out[i] = kernel.next(closes[i]);
        }
        return out;
    }

    /**
     * Rate of change over {@code period} bars; first value at index {@code period}.
     *
     * @param closes the closes
     * @param period the look-back, at least 1
     * @return rates of change as decimals
     */
    public double[] rateOfChange(double[] closes, int period) {
        RocKernel kernel = new RocKernel(period);
        double[] out = new double[closes.length];
        for (int i = 0; i < closes.length; i++) {
            out[i] = kernel.next(closes[i]);
        }
        return out;
    }
}
