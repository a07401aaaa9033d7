package com.gridvault.models.derivatives.impliedvol;

import com.gridvault.models.derivatives.common.OptionChecks;
import com.gridvault.models.derivatives.common.OptionType;
import com.gridvault.plugin.api.model.Doc;
import com.gridvault.plugin.api.validation.FieldErrors;

/**
 * A European option's observed price and the market needed to back out its implied volatility.
 *
 * @param type call or put
 * @param price the observed option price
 * @param spot the underlying price today
 * @param strike the strike
 * @param timeToExpiry years to expiry
 * @param rate continuously compounded risk-free rate as a decimal
 * @param dividendYield continuous dividend yield as a decimal
 */
@Doc("An observed European option price from which to imply the Black-Scholes-Merton volatility")
public record ImpliedVolatilityInput(
        @Doc("CALL or PUT") OptionType type,
        @Doc("Observed option price, in the option's currency; must lie strictly inside the no-arbitrage bounds"
                        + " (call: max(S e^-qT - K e^-rT, 0) < price < S e^-qT; put: max(K e^-rT - S e^-qT, 0) < price"
                        + " < K e^-rT)")
                double price,
        @Doc("Underlying price today, in the option's currency; must be > 0") double spot,
        @Doc("Strike price, in the option's currency; must be > 0") double strike,
        @Doc("Time to expiry in years (e.g. 0.5 = six months); must be > 0") double timeToExpiry,
        @Doc("Continuously compounded risk-free rate as a decimal, 0.05 = 5% a year; may be negative") double rate,
        @Doc("Continuous dividend yield as a decimal, 0.02 = 2% a year; may be negative") double dividendYield) {

    /**
     * Checks every field, then the price against the no-arbitrage bounds, and throws once.
     *
     * @throws com.gridvault.plugin.api.validation.InvalidInputException when a field is invalid
     */
    public void validate() {
        FieldErrors errors = FieldErrors.create();
        OptionChecks.contract(errors, type, strike, timeToExpiry);
        OptionChecks.market(errors, spot, rate, dividendYield);
        errors.nonNegative("price", price);
        if (!errors.hasErrors()) {
            NoArbitrageBounds bounds = NoArbitrageBounds.of(this);
            errors.check(
                    bounds.contains(price),
                    "price",
                    "must lie strictly between the no-arbitrage bounds " + bounds.lower() + " and " + bounds.upper()
                            + " for a volatility to exist, was " + price);
        }
        errors.throwIfAny();
    }
}
