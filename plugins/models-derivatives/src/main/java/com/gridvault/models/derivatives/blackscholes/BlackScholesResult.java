package com.gridvault.models.derivatives.blackscholes;

import com.gridvault.plugin.api.model.Doc;

/**
 * The Black-Scholes-Merton price and sensitivities of one option. Greeks are plain partial
 * derivatives: vega per unit of volatility, rho per unit of rate, theta per year.
 *
 * @param price the present value
 * @param delta dV/dS
 * @param gamma d2V/dS2
 * @param vega dV/dsigma per 1.00 of volatility
 * @param theta -dV/dT per year
 * @param rho dV/dr per 1.00 of rate
 * @param dividendRho dV/dq per 1.00 of dividend yield
 * @param d1 the d1 term
 * @param d2 the d2 term
 * @param forward the forward price of the underlying at expiry
 * @param discountFactor exp(-rT)
 */
@Doc("Black-Scholes-Merton price and Greeks of one option, for one unit of the underlying")
public record BlackScholesResult(
        @Doc("Present value of the option, in the option's currency") double price,
        @Doc("Delta: change in price per 1 unit change in spot (dV/dS)") double delta,
        @Doc("Gamma: change in delta per 1 unit change in spot (d2V/dS2)") double gamma,
        @Doc("Vega: change in price per 1.00 (100 vol points) change in volatility; divide by 100 for per 1%")
                double vega,
        @Doc("Theta: change in price per year of passing time (-dV/dT); divide by 365 for per calendar day")
                double theta,
        @Doc("Rho: change in price per 1.00 (10,000 bp) change in the risk-free rate; divide by 10,000 for per bp")
                double rho,
        @Doc("Dividend rho: change in price per 1.00 change in the dividend yield (dV/dq)") double dividendRho,
        @Doc("d1 = (ln(S/K) + (r - q + sigma^2/2) T) / (sigma sqrt(T))") double d1,
        @Doc("d2 = d1 - sigma sqrt(T); N(d2) is the risk-neutral probability a call finishes in the money") double d2,
        @Doc("Forward price of the underlying at expiry, S exp((r - q) T)") double forward,
        @Doc("Discount factor to expiry, exp(-r T)") double discountFactor) {}
