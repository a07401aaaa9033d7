/**
 * Benchmarks of the quant model pack: an SMA-crossover backtest over a million bars, Gridvault's
 * engine side by side with ta4j 0.17 doing the same work in the same run.
 */
package com.gridvault.bench.quant;
