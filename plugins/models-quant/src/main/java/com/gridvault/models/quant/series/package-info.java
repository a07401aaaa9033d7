/**
 * OHLCV bars: the {@link com.gridvault.models.quant.series.Bar} input record, its validation, and
 * the primitive-array {@link com.gridvault.models.quant.series.PriceSeries} every calculation runs
 * on.
 */
package com.gridvault.models.quant.series;
