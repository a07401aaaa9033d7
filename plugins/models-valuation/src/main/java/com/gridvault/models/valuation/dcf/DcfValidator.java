package com.gridvault.models.valuation.dcf;

import static com.gridvault.models.valuation.common.Checks.between;
import static com.gridvault.models.valuation.common.Checks.finite;
import static com.gridvault.models.valuation.common.Checks.optionalFinite;
import static com.gridvault.models.valuation.common.Checks.optionalNonNegative;
import static com.gridvault.models.valuation.common.Checks.optionalPositive;
import static com.gridvault.models.valuation.common.Checks.positive;
import static com.gridvault.models.valuation.common.Checks.taxRate;

import com.gridvault.models.valuation.common.Checks;
import com.gridvault.models.valuation.common.SensitivityAxis;
import com.gridvault.plugin.api.model.ModelLimits;
import com.gridvault.plugin.api.validation.FieldErrors;
import java.util.List;

/** Checks a {@link DcfInput} and reports every bad field at once. */
public final class DcfValidator {

    /** The shared stateless instance. */
    public static final DcfValidator DEFAULT = new DcfValidator();

    private DcfValidator() {}

    /**
     * Validates the input.
     *
     * @param in the input, possibly null
     * @param limits the operator's limits
     * @throws com.gridvault.plugin.api.validation.InvalidInputException naming every bad field
     */
    public void validate(DcfInput in, ModelLimits limits) {
        FieldErrors errors = FieldErrors.create();
        if (in == null) {
            errors.add("$", "is required").throwIfAny();
        }
        projection(errors, in);
        Double wacc = discountRate(errors, in);
        finite(errors, "terminalGrowth", in.terminalGrowth());
        if (wacc != null && in.terminalGrowth() != null && Double.isFinite(in.terminalGrowth())) {
            errors.check(
                    in.terminalGrowth() < wacc,
                    "terminalGrowth",
                    "must be below the WACC (" + wacc + "), was " + in.terminalGrowth());
        }
        positive(errors, "exitMultiple", in.exitMultiple());
        bridge(errors, in.bridge());
        sensitivity(errors, in.sensitivity(), limits);
        errors.throwIfAny();
    }

    private static void projection(FieldErrors errors, DcfInput in) {
        List<DcfDriverYear> drivers = in.driverYears();
        List<DcfCashFlowYear> flows = in.cashFlowYears();
        if (drivers != null && flows != null) {
            errors.add("cashFlowYears", "must not be given together with driverYears");
            return;
        }
        if (flows == null) {
            if (Checks.years(errors, "driverYears", drivers)) {
                positive(errors, "baseRevenue", in.baseRevenue());
                for (int i = 0; i < drivers.size(); i++) {
                    driverYear(errors, "driverYears[" + i + "]", drivers.get(i));
                }
            }
        } else if (Checks.years(errors, "cashFlowYears", flows)) {
            for (int i = 0; i < flows.size(); i++) {
                String path = "cashFlowYears[" + i + "]";
                DcfCashFlowYear f = flows.get(i);
                if (f == null) {
                    errors.add(path, "is required");
                    continue;
                }
                finite(errors, path + ".unleveredFreeCashFlow", f.unleveredFreeCashFlow());
                optionalFinite(errors, path + ".revenue", f.revenue());
                if (i == flows.size() - 1) {
                    finite(errors, path + ".ebitda", f.ebitda());
                } else {
                    optionalFinite(errors, path + ".ebitda", f.ebitda());
                }
            }
        }
    }

    private static void driverYear(FieldErrors errors, String path, DcfDriverYear d) {
        if (d == null) {
            errors.add(path, "is required");
            return;
        }
        finite(errors, path + ".revenueGrowth", d.revenueGrowth());
        if (d.revenueGrowth() != null && Double.isFinite(d.revenueGrowth())) {
            errors.check(d.revenueGrowth() > -1, path + ".revenueGrowth", "must be above -1, was " + d.revenueGrowth());
        }
        if ((d.ebitMargin() == null) == (d.ebitdaMargin() == null)) {
            errors.add(path + ".ebitMargin", "give exactly one of ebitMargin and ebitdaMargin");
        }
        optionalFinite(errors, path + ".ebitMargin", d.ebitMargin());
        optionalFinite(errors, path + ".ebitdaMargin", d.ebitdaMargin());
        taxRate(errors, path + ".taxRate", d.taxRate());
        optionalNonNegative(errors, path + ".capexPctRevenue", d.capexPctRevenue());
        optionalNonNegative(errors, path + ".daPctRevenue", d.daPctRevenue());
        optionalFinite(errors, path + ".nwcPctChangeInRevenue", d.nwcPctChangeInRevenue());
    }

    /** Checks the discount rate and returns it when it is usable, else null. */
    private static Double discountRate(FieldErrors errors, DcfInput in) {
        CostOfCapitalInput c = in.costOfCapital();
        if ((in.wacc() == null) == (c == null)) {
            errors.add("wacc", "give exactly one of wacc and costOfCapital");
            return null;
        }
        if (c == null) {
            double w = in.wacc();
            errors.check(Double.isFinite(w) && w > 0 && w <= 1, "wacc", "must be above 0 and at most 1, was " + w);
            return Double.isFinite(w) && w > 0 && w <= 1 ? w : null;
        }
        int before = errors.errors().size();
        finite(errors, "costOfCapital.riskFreeRate", c.riskFreeRate());
        finite(errors, "costOfCapital.beta", c.beta());
        finite(errors, "costOfCapital.equityRiskPremium", c.equityRiskPremium());
        optionalFinite(errors, "costOfCapital.sizePremium", c.sizePremium());
        optionalFinite(errors, "costOfCapital.specificRiskPremium", c.specificRiskPremium());
        finite(errors, "costOfCapital.preTaxCostOfDebt", c.preTaxCostOfDebt());
        taxRate(errors, "costOfCapital.taxRate", c.taxRate());
        between(errors, "costOfCapital.debtWeight", c.debtWeight(), 0, 1);
        if (errors.errors().size() > before) {
            return null;
        }
        double wacc = CostOfCapitalCalculator.DEFAULT.calculate(c).wacc();
        errors.check(wacc > 0, "costOfCapital", "must give a positive WACC, gave " + wacc);
        return wacc > 0 ? wacc : null;
    }

    private static void bridge(FieldErrors errors, EquityBridgeInput b) {
        if (b == null) {
            errors.add("bridge", "is required");
            return;
        }
        optionalFinite(errors, "bridge.netDebt", b.netDebt());
        optionalNonNegative(errors, "bridge.minorityInterest", b.minorityInterest());
        optionalNonNegative(errors, "bridge.preferredEquity", b.preferredEquity());
        optionalNonNegative(errors, "bridge.nonOperatingAssets", b.nonOperatingAssets());
        positive(errors, "bridge.dilutedShares", b.dilutedShares());
    }

    private static void sensitivity(FieldErrors errors, DcfSensitivityInput s, ModelLimits limits) {
        if (s == null) {
            return;
        }
        optionalPositive(errors, "sensitivity.waccStep", s.waccStep());
        optionalPositive(errors, "sensitivity.growthStep", s.growthStep());
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
}
