package com.gridvault.models.derivatives.montecarlo;

import com.gridvault.plugin.api.model.Doc;

/**
 * A Monte Carlo price with its sampling error and what was simulated.
 *
 * @param price the estimated present value
 * @param standardError the standard error of the estimate
 * @param confidenceLow95 lower end of the 95% confidence interval
 * @param confidenceHigh95 upper end of the 95% confidence interval
 * @param paths paths simulated, antithetic partners included
 * @param steps time steps per path
 * @param blocks independent random streams the paths were split into
 * @param seed the seed used
 * @param antithetic whether antithetic variates were used
 * @param barrierHitFraction share of paths that touched the barrier; null unless the payoff is a barrier
 */
@Doc("Monte Carlo estimate of an option's present value, for one unit of the underlying")
public record MonteCarloResult(
        @Doc("Estimated present value (mean discounted payoff), in the option's currency") double price,
        @Doc("Standard error of the price: sample standard deviation / sqrt(independent samples); with"
                        + " antithetic variates each pair's average is one sample")
                double standardError,
        @Doc("Lower end of the 95% confidence interval, price - 1.96 x standardError") double confidenceLow95,
        @Doc("Upper end of the 95% confidence interval, price + 1.96 x standardError") double confidenceHigh95,
        @Doc("Paths simulated, antithetic partners included") int paths,
        @Doc("Time steps per path") int steps,
        @Doc("Fixed number of independent random streams the paths were split into (for reproducibility)") int blocks,
        @Doc("Random seed used") long seed,
        @Doc("Whether antithetic variates were used") boolean antithetic,
        @Doc("Fraction of paths that touched the barrier at a monitoring date; null unless payoff is BARRIER")
                Double barrierHitFraction) {}
