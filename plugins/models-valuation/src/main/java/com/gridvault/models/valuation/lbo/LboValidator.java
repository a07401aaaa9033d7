package com.gridvault.models.valuation.lbo;

import static com.gridvault.models.valuation.common.Checks.finite;
import static com.gridvault.models.valuation.common.Checks.nonNegative;
import static com.gridvault.models.valuation.common.Checks.optionalBetween;
import static com.gridvault.models.valuation.common.Checks.optionalFinite;
import static com.gridvault.models.valuation.common.Checks.optionalNonNegative;
import static com.gridvault.models.valuation.common.Checks.optionalPositive;
import static com.gridvault.models.valuation.common.Checks.orDefault;
import static com.gridvault.models.valuation.common.Checks.positive;
import static com.gridvault.models.valuation.common.Checks.taxRate;

import com.gridvault.models.valuation.common.Checks;
import com.gridvault.models.valuation.common.SensitivityAxis;
import com.gridvault.plugin.api.model.ModelLimits;
import com.gridvault.plugin.api.validation.FieldErrors;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks an {@link LboInput} and reports every bad field at once. */
public final class LboValidator {

    /** The shared stateless instance. */
    public static final LboValidator DEFAULT = new LboValidator();

    /** The most fixed-point iterations a caller may ask for. */
    public static final int MAX_ITERATIONS_CAP = 1000;

    private LboValidator() {}

    /**
     * Validates the input.
     *
     * @param in the input, possibly null
     * @param limits the operator's limits
     * @throws com.gridvault.plugin.api.validation.InvalidInputException naming every bad field
     */
    public void validate(LboInput in, ModelLimits limits) {
        FieldErrors errors = FieldErrors.create();
        if (in == null) {
            errors.add("$", "is required").throwIfAny();
        }
        positive(errors, "entryRevenue", in.entryRevenue());
        positive(errors, "entryEbitda", in.entryEbitda());
        positive(errors, "entryMultiple", in.entryMultiple());
        optionalNonNegative(errors, "transactionFees", in.transactionFees());
        optionalNonNegative(errors, "financingFees", in.financingFees());
        optionalNonNegative(errors, "minimumCash", in.minimumCash());
        taxRate(errors, "taxRate", in.taxRate());
        if (Checks.years(errors, "years", in.years())) {
            for (int i = 0; i < in.years().size(); i++) {
                year(errors, "years[" + i + "]", in.years().get(i));
            }
            if (in.exitYear() != null) {
                int exit = in.exitYear();
                errors.check(
                        exit >= 1 && exit <= in.years().size(),
                        "exitYear",
                        "must be between 1 and " + in.years().size() + ", was " + exit);
            }
        }
        double debt = tranches(errors, in.tranches());
        optionalBetween(errors, "cashSweepPct", in.cashSweepPct(), 0, 1);
        positive(errors, "exitMultiple", in.exitMultiple());
        optionalPositive(errors, "tolerance", in.tolerance());
        if (in.maxIterations() != null) {
            errors.check(
                    in.maxIterations() >= 1 && in.maxIterations() <= MAX_ITERATIONS_CAP,
                    "maxIterations",
                    "must be between 1 and " + MAX_ITERATIONS_CAP + ", was " + in.maxIterations());
        }
        sensitivity(errors, in.sensitivity(), limits);
        if (!errors.hasErrors()) {
            double uses = in.entryMultiple() * in.entryEbitda()
                    + orDefault(in.transactionFees(), 0)
                    + orDefault(in.financingFees(), 0)
                    + orDefault(in.minimumCash(), 0);
            errors.check(
                    debt < uses,
                    "tranches",
                    "total debt " + debt + " must be below total uses " + uses + " so the sponsor invests equity");
        }
        errors.throwIfAny();
    }

    private static void year(FieldErrors errors, String path, LboOperatingYear y) {
        if (y == null) {
            errors.add(path, "is required");
            return;
        }
        finite(errors, path + ".revenueGrowth", y.revenueGrowth());
        if (y.revenueGrowth() != null && Double.isFinite(y.revenueGrowth())) {
            errors.check(y.revenueGrowth() > -1, path + ".revenueGrowth", "must be above -1, was " + y.revenueGrowth());
        }
        finite(errors, path + ".ebitdaMargin", y.ebitdaMargin());
        optionalNonNegative(errors, path + ".daPctRevenue", y.daPctRevenue());
        optionalNonNegative(errors, path + ".capexPctRevenue", y.capexPctRevenue());
        optionalFinite(errors, path + ".nwcPctChangeInRevenue", y.nwcPctChangeInRevenue());
    }

    /** Checks the tranches and returns the debt funded at close. */
    private static double tranches(FieldErrors errors, List<DebtTrancheInput> tranches) {
        if (tranches == null) {
            return 0;
        }
        errors.check(tranches.size() <= 20, "tranches", "must have at most 20 tranches, had " + tranches.size());
        Set<String> names = new HashSet<>();
        int revolvers = 0;
        double debt = 0;
        for (int i = 0; i < tranches.size(); i++) {
            String path = "tranches[" + i + "]";
            DebtTrancheInput t = tranches.get(i);
            if (t == null) {
                errors.add(path, "is required");
                continue;
            }
            if (t.name() == null || t.name().isBlank()) {
                errors.add(path + ".name", "is required");
            } else {
                errors.check(names.add(t.name()), path + ".name", "must be unique, '" + t.name() + "' is repeated");
            }
            errors.notNull(path + ".type", t.type());
            nonNegative(errors, path + ".interestRate", t.interestRate());
            if (t.type() == TrancheType.REVOLVER) {
                revolvers++;
                errors.check(revolvers <= 1, path + ".type", "only one REVOLVER is supported");
                optionalNonNegative(errors, path + ".amount", t.amount());
                positive(errors, path + ".commitment", t.commitment());
                optionalNonNegative(errors, path + ".commitmentFeeRate", t.commitmentFeeRate());
                if (isFinite(t.amount()) && isFinite(t.commitment())) {
                    errors.check(t.amount() <= t.commitment(), path + ".amount", "must not exceed the commitment");
                }
            } else {
                nonNegative(errors, path + ".amount", t.amount());
            }
            if (t.type() == TrancheType.TERM_LOAN) {
                optionalBetween(errors, path + ".amortizationPct", t.amortizationPct(), 0, 1);
            }
            if (isFinite(t.amount()) && t.amount() > 0) {
                debt += t.amount();
            }
        }
        return debt;
    }

    private static void sensitivity(FieldErrors errors, LboSensitivityInput s, ModelLimits limits) {
        if (s == null) {
            return;
        }
        optionalPositive(errors, "sensitivity.entryMultipleStep", s.entryMultipleStep());
        optionalPositive(errors, "sensitivity.exitMultipleStep", s.exitMultipleStep());
        Integer steps = s.stepsEachSide();
        if (steps != null) {
            if (steps < 0) {
                errors.add("sensitivity.stepsEachSide", "must not be negative, was " + steps);
            } else {
                long points = SensitivityAxis.squareGridPoints(steps);
                errors.check(
                        points <= limits.maxGridPoints(),
                        "sensitivity.stepsEachSide",
                        "gives " + points + " grid points, above the limit of " + limits.maxGridPoints());
            }
        }
    }

    private static boolean isFinite(Double value) {
        return value != null && Double.isFinite(value);
    }
}
