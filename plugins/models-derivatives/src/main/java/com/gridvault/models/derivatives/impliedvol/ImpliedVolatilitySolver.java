package com.gridvault.models.derivatives.impliedvol;

import com.gridvault.models.derivatives.blackscholes.BlackScholesCalculator;
import com.gridvault.models.derivatives.common.NormalDistribution;
import com.gridvault.models.derivatives.common.OptionType;
import com.gridvault.plugin.api.validation.InvalidInputException;

/**
 * Finds the Black-Scholes-Merton volatility that reproduces an option price.
 *
 * <p>How it stays robust:
 *
 * <ul>
 *   <li>An in-the-money price is turned into the out-of-the-money price of the other type by put-call
 *       parity, so the solver only sees time value and keeps its relative precision (deep ITM).
 *   <li>It solves for the total standard deviation s = sigma sqrt(T) on the log of the price. In s the
 *       log-price of an out-of-the-money option is increasing and, in the wings, concave, so Newton's
 *       steps do not overshoot where the raw price is flat (deep OTM, short expiries).
 *   <li>Every iterate keeps a bracket [lo, hi] around the root; a Newton step that would leave it is
 *       replaced by bisection (Numerical Recipes' {@code rtsafe}), so the iteration cannot diverge.
 *   <li>The first guess is the inflection point s = sqrt(2 |ln(F/K)|) (Manaster and Koehler, 1982),
 *       or the Brenner-Subrahmanyam at-the-money estimate s = sqrt(2 pi) C / (S e^-qT).
 * </ul>
 *
 * <p>Stateless; inputs are assumed valid (see {@link ImpliedVolatilityInput#validate()}).
 */
public final class ImpliedVolatilitySolver {

    /** The shared instance. */
    public static final ImpliedVolatilitySolver DEFAULT = new ImpliedVolatilitySolver();

    private static final int MAX_ITERATIONS = 200;
    private static final double LOG_PRICE_TOLERANCE = 1e-14;
    private static final double STEP_TOLERANCE = 1e-15;
    private static final double MAX_TOTAL_STD_DEV = 1e3;
    private static final double SQRT_2PI = Math.sqrt(2 * Math.PI);

    private ImpliedVolatilitySolver() {}

    /**
     * Solves for the implied volatility.
     *
     * @param input a valid input
     * @return the implied volatility with its vega and repricing error
     * @throws InvalidInputException naming {@code price} when no volatility up to the solver's ceiling
     *     reproduces it (a price within rounding of the upper bound)
     */
    public ImpliedVolatilityResult solve(ImpliedVolatilityInput input) {
        double t = input.timeToExpiry();
        double spotLeg = input.spot() * Math.exp(-input.dividendYield() * t);
        double strikeLeg = input.strike() * Math.exp(-input.rate() * t);
        double omega = input.type() == OptionType.CALL ? 1.0 : -1.0;
        double intrinsic = omega * (spotLeg - strikeLeg);
        // Out of the money: keep the type. In the money: the other type has the same time value.
        double otmOmega = intrinsic > 0 ? -omega : omega;
        double timeValue = intrinsic > 0 ? input.price() - intrinsic : input.price();
        if (!(timeValue > 0)) {
            throw new InvalidInputException(
                    "price",
                    "is at the lower no-arbitrage bound within rounding; no positive volatility reproduces it");
        }
        double logTarget = Math.log(timeValue);
        double logMoneyness = Math.log(spotLeg / strikeLeg);

        double s = initialGuess(logMoneyness, timeValue, spotLeg);
        double lo = 0.0;
        double hi = Double.POSITIVE_INFINITY;
        int iteration = 0;
        while (++iteration <= MAX_ITERATIONS) {
            double d1 = logMoneyness / s + 0.5 * s;
            double p = otmOmega
                    * (spotLeg * NormalDistribution.cdf(otmOmega * d1)
                            - strikeLeg * NormalDistribution.cdf(otmOmega * (d1 - s)));
            double next;
            if (!(p > 0)) {
                lo = s; // the price underflowed: far below the target
                next = Double.isInfinite(hi) ? 2 * s : 0.5 * (lo + hi);
            } else {
                double g = Math.log(p) - logTarget;
                if (Math.abs(g) <= LOG_PRICE_TOLERANCE) {
                    break;
                }
                if (g < 0) {
                    lo = s;
                } else {
                    hi = s;
                }
                double vegaS = spotLeg * NormalDistribution.pdf(d1);
                next = s - g * p / vegaS;
                if (!(next > lo && next < hi)) {
                    next = Double.isInfinite(hi) ? 2 * s : 0.5 * (lo + hi);
                }
            }
            if (next > MAX_TOTAL_STD_DEV) {
                throw new InvalidInputException(
                        "price",
                        "is at the upper no-arbitrage bound within rounding; no finite volatility reproduces it");
            }
            boolean converged = Math.abs(next - s) <= STEP_TOLERANCE * s || hi - lo <= STEP_TOLERANCE * s;
            s = next;
            if (converged) {
                break;
            }
        }
        double vol = s / Math.sqrt(t);
        double repriced = BlackScholesCalculator.DEFAULT.price(
                input.type(), input.spot(), input.strike(), t, vol, input.rate(), input.dividendYield());
        double d1 = logMoneyness / s + 0.5 * s;
        double vega = spotLeg * NormalDistribution.pdf(d1) * Math.sqrt(t);
        return new ImpliedVolatilityResult(
                vol, vega, repriced, repriced - input.price(), Math.min(iteration, MAX_ITERATIONS));
    }

    private static double initialGuess(double logMoneyness, double timeValue, double spotLeg) {
        double inflection = Math.sqrt(2 * Math.abs(logMoneyness));
        return inflection > 0.05 ? inflection : Math.max(SQRT_2PI * timeValue / spotLeg, 1e-4);
    }
}
