package com.gridvault.models.derivatives.binomial;

import com.gridvault.models.derivatives.common.ExerciseStyle;
import com.gridvault.models.derivatives.common.OptionChecks;
import com.gridvault.models.derivatives.common.OptionType;
import com.gridvault.plugin.api.model.Doc;
import com.gridvault.plugin.api.model.ModelLimits;
import com.gridvault.plugin.api.validation.FieldErrors;

/**
 * A European or American option priced on a Cox-Ross-Rubinstein tree.
 *
 * @param type call or put
 * @param exercise European or American
 * @param spot the underlying price today
 * @param strike the strike
 * @param timeToExpiry years to expiry
 * @param volatility annualised volatility as a decimal
 * @param rate continuously compounded risk-free rate as a decimal
 * @param dividendYield continuous dividend yield as a decimal
 * @param steps time steps in the tree
 */
@Doc("A European or American option on an underlying with a continuous dividend yield, priced on a CRR tree")
public record BinomialInput(
        @Doc("CALL or PUT") OptionType type,
        @Doc("EUROPEAN (exercise at expiry) or AMERICAN (exercise at any step)") ExerciseStyle exercise,
        @Doc("Underlying price today, in the option's currency; must be > 0") double spot,
        @Doc("Strike price, in the option's currency; must be > 0") double strike,
        @Doc("Time to expiry in years (e.g. 0.5 = six months); must be > 0") double timeToExpiry,
        @Doc("Annualised lognormal volatility as a decimal, 0.2 = 20%; must be > 0") double volatility,
        @Doc("Continuously compounded risk-free rate as a decimal, 0.05 = 5% a year; may be negative") double rate,
        @Doc("Continuous dividend yield as a decimal, 0.02 = 2% a year; may be negative") double dividendYield,
        @Doc("Time steps in the tree, at least 2 and at most the appliance's maxTimeSteps; the error against"
                        + " the continuous-time price shrinks roughly as 1/steps (500 is a common choice)")
                int steps) {

    /**
     * Checks every field, the step count against the limit, and that the tree's up probability lies in
     * (0, 1), then throws once.
     *
     * @param limits the operator's limits
     * @throws com.gridvault.plugin.api.validation.InvalidInputException when a field is invalid
     */
    public void validate(ModelLimits limits) {
        FieldErrors errors = FieldErrors.create();
        OptionChecks.contract(errors, type, strike, timeToExpiry);
        errors.notNull("exercise", exercise);
        OptionChecks.market(errors, spot, rate, dividendYield);
        OptionChecks.volatility(errors, volatility);
        OptionChecks.count(errors, "steps", steps, 2, limits.maxTimeSteps());
        if (!errors.hasErrors() && !CrrLattice.of(this).isValid()) {
            // CRR needs sigma sqrt(dt) > |r - q| dt, i.e. steps > T (r - q)^2 / sigma^2 (Hull, section 21.4).
            double carry = rate - dividendYield;
            long minSteps = (long) Math.floor(timeToExpiry * carry * carry / (volatility * volatility)) + 1;
            errors.add(
                    "steps",
                    "must be at least " + minSteps + " for this volatility and carry, or the tree's up probability"
                            + " leaves (0, 1); was " + steps);
        }
        errors.throwIfAny();
    }
}
