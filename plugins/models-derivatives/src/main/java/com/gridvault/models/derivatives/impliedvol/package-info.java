/**
 * Implied Black-Scholes-Merton volatility from an option price, with a bracketed Newton solver that
 * cannot diverge and a field error when the price is outside the no-arbitrage bounds.
 */
package com.gridvault.models.derivatives.impliedvol;
