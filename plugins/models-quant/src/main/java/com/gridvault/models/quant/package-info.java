/**
 * The models-quant plugin: {@code quant.indicators}, {@code quant.backtest}, {@code quant.sweep}
 * and {@code quant.portfolio-risk}.
 */
package com.gridvault.models.quant;
