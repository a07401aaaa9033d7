package com.gridvault.models.valuation.accretion;

import static com.gridvault.models.valuation.common.Checks.between;
import static com.gridvault.models.valuation.common.Checks.finite;
import static com.gridvault.models.valuation.common.Checks.finiteElements;
import static com.gridvault.models.valuation.common.Checks.nonNegative;
import static com.gridvault.models.valuation.common.Checks.optionalNonNegative;
import static com.gridvault.models.valuation.common.Checks.positive;
import static com.gridvault.models.valuation.common.Checks.taxRate;

import com.gridvault.models.valuation.common.Checks;
import com.gridvault.plugin.api.validation.FieldErrors;
import java.util.List;

/** Checks an {@link AccretionDilutionInput} and reports every bad field at once. */
public final class AccretionDilutionValidator {

    /** The shared stateless instance. */
    public static final AccretionDilutionValidator DEFAULT = new AccretionDilutionValidator();

    /** How far the consideration fractions may sum from 1. */
    public static final double MIX_TOLERANCE = 1e-9;

    private AccretionDilutionValidator() {}

    /**
     * Validates the input.
     *
     * @param in the input, possibly null
     * @throws com.gridvault.plugin.api.validation.InvalidInputException naming every bad field
     */
    public void validate(AccretionDilutionInput in) {
        FieldErrors errors = FieldErrors.create();
        if (in == null) {
            errors.add("$", "is required").throwIfAny();
        }
        positive(errors, "acquirerSharePrice", in.acquirerSharePrice());
        positive(errors, "acquirerShares", in.acquirerShares());
        positive(errors, "targetSharePrice", in.targetSharePrice());
        positive(errors, "targetShares", in.targetShares());
        boolean acquirerYears = Checks.years(errors, "acquirerNetIncome", in.acquirerNetIncome());
        finiteElements(errors, "acquirerNetIncome", in.acquirerNetIncome());
        boolean targetYears = Checks.years(errors, "targetNetIncome", in.targetNetIncome());
        finiteElements(errors, "targetNetIncome", in.targetNetIncome());
        int years = acquirerYears ? in.acquirerNetIncome().size() : -1;
        if (acquirerYears && targetYears) {
            sameLength(errors, "targetNetIncome", in.targetNetIncome(), years);
        }
        offer(errors, in);
        boolean[] used = mix(errors, in.consideration());
        rate(errors, "newDebtInterestRate", in.newDebtInterestRate(), used[1]);
        rate(errors, "cashInterestRate", in.cashInterestRate(), used[0]);
        taxRate(errors, "taxRate", in.taxRate());
        optionalNonNegative(errors, "runRateSynergies", in.runRateSynergies());
        schedule(errors, "synergyPhaseIn", in.synergyPhaseIn(), years, 1.0);
        schedule(errors, "integrationCosts", in.integrationCosts(), years, Double.MAX_VALUE);
        errors.throwIfAny();
    }

    private static void offer(FieldErrors errors, AccretionDilutionInput in) {
        if ((in.offerPricePerShare() == null) == (in.offerPremium() == null)) {
            errors.add("offerPricePerShare", "give exactly one of offerPricePerShare and offerPremium");
        } else if (in.offerPricePerShare() != null) {
            positive(errors, "offerPricePerShare", in.offerPricePerShare());
        } else {
            finite(errors, "offerPremium", in.offerPremium());
            if (Double.isFinite(in.offerPremium())) {
                errors.check(in.offerPremium() > -1, "offerPremium", "must be above -1, was " + in.offerPremium());
            }
        }
    }

    /** Checks the mix; returns whether cash and debt are used, so their rates are required. */
    private static boolean[] mix(FieldErrors errors, ConsiderationMix mix) {
        if (mix == null) {
            errors.add("consideration", "is required");
            return new boolean[] {false, false};
        }
        int before = errors.errors().size();
        between(errors, "consideration.cashFraction", mix.cashFraction(), 0, 1);
        between(errors, "consideration.stockFraction", mix.stockFraction(), 0, 1);
        between(errors, "consideration.debtFraction", mix.debtFraction(), 0, 1);
        if (errors.errors().size() > before) {
            return new boolean[] {false, false};
        }
        double sum = mix.cashFraction() + mix.stockFraction() + mix.debtFraction();
        errors.check(
                Math.abs(sum - 1) <= MIX_TOLERANCE,
                "consideration",
                "cashFraction + stockFraction + debtFraction must equal 1, was " + sum);
        return new boolean[] {mix.cashFraction() > 0, mix.debtFraction() > 0};
    }

    private static void rate(FieldErrors errors, String path, Double rate, boolean required) {
        if (required) {
            nonNegative(errors, path, rate);
        } else {
            optionalNonNegative(errors, path, rate);
        }
    }

    /** An optional per-year list: same length as the net income years, each element in [0, max]. */
    private static void schedule(FieldErrors errors, String path, List<Double> values, int years, double max) {
        if (values == null) {
            return;
        }
        if (years >= 0) {
            sameLength(errors, path, values, years);
        }
        for (int i = 0; i < values.size(); i++) {
            between(errors, path + "[" + i + "]", values.get(i), 0, max);
        }
    }

    private static void sameLength(FieldErrors errors, String path, List<?> values, int years) {
        errors.check(
                values.size() == years,
                path,
                "must have one value per year of acquirerNetIncome (" + years + "), had " + values.size());
    }
}
