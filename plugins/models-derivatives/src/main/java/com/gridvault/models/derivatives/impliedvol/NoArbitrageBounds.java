package com.gridvault.models.derivatives.impliedvol;

import com.gridvault.models.derivatives.common.OptionType;

/**
 * The open interval a European option price must lie in for some positive volatility to produce it:
 * above the discounted intrinsic value (volatility zero) and below the discounted underlying or strike
 * (volatility infinite). Hull, Options, Futures and Other Derivatives, section 11.3-11.4.
 *
 * @param lower the price at zero volatility
 * @param upper the limit as volatility grows without bound
 */
public record NoArbitrageBounds(double lower, double upper) {

    /**
     * Computes the bounds for an input whose fields are valid.
     *
     * @param input the input
     * @return the bounds
     */
    public static NoArbitrageBounds of(ImpliedVolatilityInput input) {
        double spotLeg = input.spot() * Math.exp(-input.dividendYield() * input.timeToExpiry());
        double strikeLeg = input.strike() * Math.exp(-input.rate() * input.timeToExpiry());
        return input.type() == OptionType.CALL
                ? new NoArbitrageBounds(Math.max(spotLeg - strikeLeg, 0.0), spotLeg)
                : new NoArbitrageBounds(Math.max(strikeLeg - spotLeg, 0.0), strikeLeg);
    }

    /**
     * Tells whether a price lies strictly inside the bounds.
     *
     * @param price the price
     * @return true when lower &lt; price &lt; upper
     */
    public boolean contains(double price) {
        return price > lower && price < upper;
    }
}
