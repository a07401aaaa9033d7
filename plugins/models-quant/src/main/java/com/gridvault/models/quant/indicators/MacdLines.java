package com.gridvault.models.quant.indicators;

/**
 * MACD over a series; each array has one value per bar, NaN during warm-up. The arrays are created
 * per calculation and belong to the caller.
 *
 * @param line fast EMA minus slow EMA
 * @param signal EMA of the line
 * @param histogram line minus signal
 */
public record MacdLines(double[] line, double[] signal, double[] histogram) {}
