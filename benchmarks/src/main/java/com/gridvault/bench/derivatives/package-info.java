/**
 * Benchmarks of the derivatives model pack: Black-Scholes-Merton price and Greeks side by side with
 * OpenGamma Strata, and Monte Carlo throughput.
 */
package com.gridvault.bench.derivatives;
