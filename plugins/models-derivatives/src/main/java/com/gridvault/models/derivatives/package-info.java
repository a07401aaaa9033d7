/**
 * Option pricing models: Black-Scholes-Merton with Greeks, implied volatility, the Cox-Ross-Rubinstein
 * binomial tree and Monte Carlo under geometric Brownian motion.
 *
 * <p>Each feature package holds immutable input and result records, a stateless calculator with a
 * {@code DEFAULT} instance, and the {@link com.gridvault.plugin.api.model.FinancialModel} extension
 * that validates an input and delegates to the calculator.
 */
package com.gridvault.models.derivatives;
