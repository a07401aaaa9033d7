package com.gridvault.models.valuation.dcf;

import static com.gridvault.models.valuation.common.Checks.orDefault;

/**
 * Builds a WACC from CAPM and target weights (Damodaran, <i>Investment Valuation</i>, ch. 8: cost
 * of equity {@code rf + beta * ERP}; ch. 8 and 15: WACC {@code E/V * ke + D/V * kd * (1 - t)}).
 */
public final class CostOfCapitalCalculator {

    /** The shared stateless instance. */
    public static final CostOfCapitalCalculator DEFAULT = new CostOfCapitalCalculator();

    private CostOfCapitalCalculator() {}

    /**
     * CAPM cost of equity with additive premia.
     *
     * @param riskFreeRate the risk-free rate
     * @param beta the levered beta
     * @param equityRiskPremium the market risk premium
     * @param additionalPremium size plus company-specific premia
     * @return the cost of equity
     */
    public double costOfEquity(double riskFreeRate, double beta, double equityRiskPremium, double additionalPremium) {
        return riskFreeRate + beta * equityRiskPremium + additionalPremium;
    }

    /**
     * Computes the WACC from validated building blocks.
     *
     * @param in the building blocks
     * @return the WACC and its parts
     */
    public CostOfCapitalResult calculate(CostOfCapitalInput in) {
        double premia = orDefault(in.sizePremium(), 0) + orDefault(in.specificRiskPremium(), 0);
        double ke = costOfEquity(in.riskFreeRate(), in.beta(), in.equityRiskPremium(), premia);
        double kd = in.preTaxCostOfDebt() * (1 - in.taxRate());
        double wd = in.debtWeight();
        double we = 1 - wd;
        return new CostOfCapitalResult(ke, kd, we, wd, we * ke + wd * kd);
    }
}
