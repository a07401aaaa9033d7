package com.gridvault.models.quant.indicators;

/**
 * Bollinger Bands over a series; each array has one value per bar, NaN during warm-up. The arrays
 * are created per calculation and belong to the caller.
 *
 * @param middle the simple moving average
 * @param upper middle plus k standard deviations
 * @param lower middle minus k standard deviations
 */
public record BollingerBands(double[] middle, double[] upper, double[] lower) {}
