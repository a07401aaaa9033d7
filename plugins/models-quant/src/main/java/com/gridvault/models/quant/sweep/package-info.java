/**
 * Parameter sweeps: a deterministic {@link com.gridvault.models.quant.sweep.ParameterGrid} of
 * built-in strategy parameters, backtested in parallel by {@link
 * com.gridvault.models.quant.sweep.SweepRunner} and ranked; the {@code quant.sweep} model.
 */
package com.gridvault.models.quant.sweep;
