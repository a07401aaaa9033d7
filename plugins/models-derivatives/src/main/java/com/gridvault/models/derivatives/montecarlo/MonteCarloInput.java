package com.gridvault.models.derivatives.montecarlo;

import com.gridvault.models.derivatives.common.OptionChecks;
import com.gridvault.models.derivatives.common.OptionType;
import com.gridvault.plugin.api.model.Doc;
import com.gridvault.plugin.api.model.ModelLimits;
import com.gridvault.plugin.api.validation.FieldErrors;

/**
 * An option priced by simulating geometric Brownian motion paths.
 *
 * @param type call or put
 * @param payoff European, arithmetic Asian or barrier
 * @param barrier the barrier, required for and only for barrier payoffs
 * @param spot the underlying price today
 * @param strike the strike
 * @param timeToExpiry years to expiry
 * @param volatility annualised volatility as a decimal
 * @param rate continuously compounded risk-free rate as a decimal
 * @param dividendYield continuous dividend yield as a decimal
 * @param paths simulated paths, antithetic partners included
 * @param steps equally spaced time steps per path
 * @param seed the random seed
 * @param antithetic whether to pair each path with its mirror image
 */
@Doc("An option priced by Monte Carlo simulation of geometric Brownian motion under the risk-neutral measure")
public record MonteCarloInput(
        @Doc("CALL or PUT") OptionType type,
        @Doc("EUROPEAN, ASIAN_ARITHMETIC or BARRIER") PayoffType payoff,
        @Doc("The barrier; required when payoff is BARRIER, must be absent otherwise") Barrier barrier,
        @Doc("Underlying price today, in the option's currency; must be > 0") double spot,
        @Doc("Strike price, in the option's currency; must be > 0") double strike,
        @Doc("Time to expiry in years (e.g. 0.5 = six months); must be > 0") double timeToExpiry,
        @Doc("Annualised lognormal volatility as a decimal, 0.2 = 20%; must be > 0") double volatility,
        @Doc("Continuously compounded risk-free rate as a decimal, 0.05 = 5% a year; may be negative") double rate,
        @Doc("Continuous dividend yield as a decimal, 0.02 = 2% a year; may be negative") double dividendYield,
        @Doc("Number of simulated paths, antithetic partners included; at least 4, at most the appliance's"
                        + " maxPaths, and even when antithetic is true. The standard error shrinks as 1/sqrt(paths)")
                int paths,
        @Doc("Equally spaced time steps per path, at most the appliance's maxTimeSteps. They are the Asian"
                        + " averaging dates and the barrier monitoring dates (e.g. 252 for daily over a year); a"
                        + " European payoff is exact with 1 step, more only cost time")
                int steps,
        @Doc("Random seed; the same seed and input give the same result bit for bit, whatever the thread count")
                long seed,
        @Doc("Antithetic variates: simulate each normal draw Z together with -Z and average the pair; usually"
                        + " lowers the standard error for the same number of paths")
                boolean antithetic) {

    /** The fewest paths that still give a standard error (two samples, antithetic or not). */
    public static final int MIN_PATHS = 4;

    /**
     * Checks every field, the paths and steps against the limits and the barrier against spot, then
     * throws once.
     *
     * @param limits the operator's limits
     * @throws com.gridvault.plugin.api.validation.InvalidInputException when a field is invalid
     */
    public void validate(ModelLimits limits) {
        FieldErrors errors = FieldErrors.create();
        OptionChecks.contract(errors, type, strike, timeToExpiry);
        errors.notNull("payoff", payoff);
        OptionChecks.market(errors, spot, rate, dividendYield);
        OptionChecks.volatility(errors, volatility);
        OptionChecks.count(errors, "paths", paths, MIN_PATHS, limits.maxPaths());
        errors.check(!antithetic || paths % 2 == 0, "paths", "must be even when antithetic is true, was " + paths);
        OptionChecks.count(errors, "steps", steps, 1, limits.maxTimeSteps());
        if (payoff == PayoffType.BARRIER) {
            checkBarrier(errors);
        } else if (payoff != null) {
            errors.check(barrier == null, "barrier", "must be absent unless payoff is BARRIER");
        }
        errors.throwIfAny();
    }

    private void checkBarrier(FieldErrors errors) {
        if (barrier == null) {
            errors.add("barrier", "is required when payoff is BARRIER");
            return;
        }
        errors.notNull("barrier.type", barrier.type()).positive("barrier.level", barrier.level());
        if (barrier.type() != null && barrier.level() > 0 && Double.isFinite(barrier.level()) && spot > 0) {
            boolean up = barrier.type().isUp();
            errors.check(
                    up ? barrier.level() > spot : barrier.level() < spot,
                    "barrier.level",
                    "must be " + (up ? "above" : "below") + " spot (" + spot + ") for " + barrier.type() + ", was "
                            + barrier.level());
        }
    }
}
