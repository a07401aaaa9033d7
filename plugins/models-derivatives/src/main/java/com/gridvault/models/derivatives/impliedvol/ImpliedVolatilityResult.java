package com.gridvault.models.derivatives.impliedvol;

import com.gridvault.plugin.api.model.Doc;

/**
 * The implied volatility of an option price and how well it reprices.
 *
 * @param impliedVolatility the annualised implied volatility as a decimal
 * @param vega dV/dsigma at the implied volatility
 * @param repricedPrice the Black-Scholes-Merton price at the implied volatility
 * @param pricingError repricedPrice minus the observed price
 * @param iterations solver iterations used
 */
@Doc("Black-Scholes-Merton implied volatility of an observed option price")
public record ImpliedVolatilityResult(
        @Doc("Annualised implied volatility as a decimal, 0.2 = 20%") double impliedVolatility,
        @Doc("Vega at the implied volatility: price change per 1.00 change in volatility. Near zero means the"
                        + " price barely depends on volatility, so the implied volatility is poorly determined")
                double vega,
        @Doc("Black-Scholes-Merton price at the implied volatility, in the option's currency") double repricedPrice,
        @Doc("repricedPrice minus the observed price, in the option's currency") double pricingError,
        @Doc("Iterations the bracketed Newton solver took") int iterations) {}
