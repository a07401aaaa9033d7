package com.gridvault.models.derivatives.blackscholes;

import com.gridvault.models.derivatives.common.OptionChecks;
import com.gridvault.models.derivatives.common.OptionType;
import com.gridvault.plugin.api.model.Doc;
import com.gridvault.plugin.api.validation.FieldErrors;

/**
 * A European option and the market it is priced in, under Black-Scholes-Merton.
 *
 * @param type call or put
 * @param spot the underlying price today
 * @param strike the strike
 * @param timeToExpiry years to expiry
 * @param volatility annualised lognormal volatility as a decimal
 * @param rate continuously compounded risk-free rate as a decimal
 * @param dividendYield continuous dividend yield as a decimal
 */
@Doc("A European option on an underlying paying a continuous dividend yield, priced with Black-Scholes-Merton")
public record BlackScholesInput(
        @Doc("CALL or PUT") OptionType type,
        @Doc("Underlying price today, in the option's currency; must be > 0") double spot,
        @Doc("Strike price, in the option's currency; must be > 0") double strike,
        @Doc("Time to expiry in years (e.g. 0.5 = six months; days / 365 for ACT/365); must be > 0")
                double timeToExpiry,
        @Doc("Annualised lognormal volatility as a decimal, 0.2 = 20%; must be > 0") double volatility,
        @Doc("Continuously compounded risk-free rate as a decimal, 0.05 = 5% a year; may be negative") double rate,
        @Doc("Continuous dividend yield (or foreign rate for FX) as a decimal, 0.02 = 2% a year; may be negative")
                double dividendYield) {

    /**
     * Checks every field and throws once, naming each bad one.
     *
     * @throws com.gridvault.plugin.api.validation.InvalidInputException when a field is invalid
     */
    public void validate() {
        FieldErrors errors = FieldErrors.create();
        OptionChecks.contract(errors, type, strike, timeToExpiry);
        OptionChecks.market(errors, spot, rate, dividendYield);
        OptionChecks.volatility(errors, volatility);
        errors.throwIfAny();
    }
}
