package com.gridvault.models.derivatives.binomial;

import com.gridvault.plugin.api.model.Doc;

/**
 * The tree price of an option and the Greeks read off the tree's first nodes.
 *
 * @param price the present value
 * @param delta dV/dS from the first step
 * @param gamma d2V/dS2 from the second step
 * @param theta -dV/dT per year from the second step
 * @param earlyExercisePremium American minus European price on the same tree
 * @param steps the steps used
 * @param upFactor the per-step up move u
 * @param upProbability the risk-neutral probability of an up move
 */
@Doc("Cox-Ross-Rubinstein tree price and Greeks of one option, for one unit of the underlying")
public record BinomialResult(
        @Doc("Present value of the option, in the option's currency") double price,
        @Doc("Delta from the first step: (f_u - f_d) / (S u - S d)") double delta,
        @Doc("Gamma from the second step's three nodes") double gamma,
        @Doc("Theta per year from the middle node two steps ahead: (f_ud - f) / (2 dt); divide by 365 per day")
                double theta,
        @Doc("American price minus European price on the same tree; 0 for European exercise")
                double earlyExercisePremium,
        @Doc("Time steps used") int steps,
        @Doc("Up factor per step, u = exp(sigma sqrt(dt)); the down factor is 1/u") double upFactor,
        @Doc("Risk-neutral probability of an up move, p = (exp((r - q) dt) - 1/u) / (u - 1/u)") double upProbability) {}
