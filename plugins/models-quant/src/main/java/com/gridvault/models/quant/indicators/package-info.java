/**
 * Technical indicators on primitive arrays: streaming kernels (one value in, one value out, NaN
 * during warm-up), the whole-series {@link com.gridvault.models.quant.indicators.Indicators}
 * calculator built on them, and the {@code quant.indicators} model.
 */
package com.gridvault.models.quant.indicators;
