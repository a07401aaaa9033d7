package com.gridvault.models.quant.series;

import java.time.Instant;

/**
 * Read access to a bar series by index, as the backtest engine sees it.
 *
 * <p>The engine announces the bar it is processing with {@link #advanceTo(int)} before reading
 * it; it never reads a bar after the announced one. The production implementation ({@link
 * PriceSeries}) ignores the announcement; tests wrap it to throw on any read beyond it, which is
 * how "no look-ahead" is proven rather than promised.
 */
public interface BarAccess {

    /**
     * Returns the number of bars.
     *
     * @return the bar count
     */
    int size();

    /**
     * Announces that the engine now processes bar {@code index}; reads up to it are legitimate.
     *
     * @param index the current bar
     */
    default void advanceTo(int index) {}

    /**
     * Returns the close time of a bar.
     *
     * @param index the bar index
     * @return the time
     */
    Instant time(int index);

    /**
     * Returns the opening price of a bar.
     *
     * @param index the bar index
     * @return the price
     */
    double open(int index);

    /**
     * Returns the high of a bar.
     *
     * @param index the bar index
     * @return the price
     */
    double high(int index);

    /**
     * Returns the low of a bar.
     *
     * @param index the bar index
     * @return the price
     */
    double low(int index);

    /**
     * Returns the closing price of a bar.
     *
     * @param index the bar index
     * @return the price
     */
    double close(int index);

    /**
     * Returns the volume of a bar.
     *
     * @param index the bar index
     * @return the volume
     */
    double volume(int index);
}
