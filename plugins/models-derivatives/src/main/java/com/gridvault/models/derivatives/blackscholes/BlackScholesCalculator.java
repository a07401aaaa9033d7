package com.gridvault.models.derivatives.blackscholes;

import com.gridvault.models.derivatives.common.NormalDistribution;
import com.gridvault.models.derivatives.common.OptionType;

/**
 * Prices European options with the Black-Scholes-Merton formula for an underlying with a continuous
 * dividend yield q (Hull, Options, Futures and Other Derivatives, sections 15.8 and 17.4; Greeks in
 * chapter 19). Every result comes from one evaluation of d1, d2, N(.) and n(.).
 *
 * <p>Stateless; inputs are assumed valid (see {@link BlackScholesInput#validate()}).
 */
public final class BlackScholesCalculator {

    /** The shared instance. */
    public static final BlackScholesCalculator DEFAULT = new BlackScholesCalculator();

    private BlackScholesCalculator() {}

    /**
     * Prices an option and computes its Greeks.
     *
     * @param input a valid input
     * @return price and Greeks
     */
    public BlackScholesResult calculate(BlackScholesInput input) {
        return calculate(
                input.type(),
                input.spot(),
                input.strike(),
                input.timeToExpiry(),
                input.volatility(),
                input.rate(),
                input.dividendYield());
    }

    /**
     * Prices an option and computes its Greeks.
     *
     * @param type call or put
     * @param spot the underlying price, > 0
     * @param strike the strike, > 0
     * @param t years to expiry, > 0
     * @param vol annualised volatility, > 0
     * @param r continuously compounded rate
     * @param q continuous dividend yield
     * @return price and Greeks
     */
    public BlackScholesResult calculate(
            OptionType type, double spot, double strike, double t, double vol, double r, double q) {
        double omega = type == OptionType.CALL ? 1.0 : -1.0;
        double sqrtT = Math.sqrt(t);
        double stdDev = vol * sqrtT;
        double dfRate = Math.exp(-r * t);
        double dfDividend = Math.exp(-q * t);
        double d1 = (Math.log(spot / strike) + (r - q) * t) / stdDev + 0.5 * stdDev;
        double d2 = d1 - stdDev;
        double nd1 = NormalDistribution.cdf(omega * d1);
        double nd2 = NormalDistribution.cdf(omega * d2);
        double density = NormalDistribution.pdf(d1);
        double spotLeg = spot * dfDividend;
        double strikeLeg = strike * dfRate;
        double price = Math.max(omega * (spotLeg * nd1 - strikeLeg * nd2), 0.0);
        double delta = omega * dfDividend * nd1;
        double gamma = dfDividend * density / (spot * stdDev);
        double vega = spotLeg * density * sqrtT;
        double theta =
                -spotLeg * density * vol / (2.0 * sqrtT) - omega * r * strikeLeg * nd2 + omega * q * spotLeg * nd1;
        double rho = omega * t * strikeLeg * nd2;
        double dividendRho = -omega * t * spotLeg * nd1;
        return new BlackScholesResult(
                price, delta, gamma, vega, theta, rho, dividendRho, d1, d2, spotLeg / dfRate, dfRate);
    }

    /**
     * Returns only the price, for solvers and trees that call it many times.
     *
     * @param type call or put
     * @param spot the underlying price, > 0
     * @param strike the strike, > 0
     * @param t years to expiry, > 0
     * @param vol annualised volatility, > 0
     * @param r continuously compounded rate
     * @param q continuous dividend yield
     * @return the present value, never negative
     */
    public double price(OptionType type, double spot, double strike, double t, double vol, double r, double q) {
        double omega = type == OptionType.CALL ? 1.0 : -1.0;
        double stdDev = vol * Math.sqrt(t);
        double d1 = (Math.log(spot / strike) + (r - q) * t) / stdDev + 0.5 * stdDev;
        double d2 = d1 - stdDev;
        double spotLeg = spot * Math.exp(-q * t);
        double strikeLeg = strike * Math.exp(-r * t);
        return Math.max(
                omega * (spotLeg * NormalDistribution.cdf(omega * d1) - strikeLeg * NormalDistribution.cdf(omega * d2)),
                0.0);
    }
}
