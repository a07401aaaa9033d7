package com.gridvault.models.valuation.dcf;

import com.gridvault.plugin.api.model.Doc;

/**
 * The building blocks of a WACC: CAPM cost of equity, after-tax cost of debt and target weights.
 *
 * @param riskFreeRate the risk-free rate
 * @param beta the levered equity beta
 * @param equityRiskPremium the market equity risk premium
 * @param sizePremium an additive size premium, default 0
 * @param specificRiskPremium an additive company-specific premium, default 0
 * @param preTaxCostOfDebt the pre-tax cost of debt
 * @param taxRate the marginal tax rate for the debt tax shield
 * @param debtWeight the target D / (D + E)
 */
@Doc("WACC building blocks: CAPM cost of equity, after-tax cost of debt and target capital weights.")
public record CostOfCapitalInput(
        @Doc("Risk-free rate, decimal (0.04 = 4%).") Double riskFreeRate,
        @Doc("Levered equity beta, dimensionless.") Double beta,
        @Doc("Equity (market) risk premium, decimal.") Double equityRiskPremium,
        @Doc("Additive size premium on the cost of equity, decimal. Default 0.") Double sizePremium,
        @Doc("Additive company-specific risk premium on the cost of equity, decimal. Default 0.")
                Double specificRiskPremium,
        @Doc("Pre-tax cost of debt, decimal.") Double preTaxCostOfDebt,
        @Doc("Marginal tax rate for the interest tax shield, decimal in [0, 1).") Double taxRate,
        @Doc("Target debt weight D / (D + E), decimal in [0, 1]; equity weight is 1 minus it.") Double debtWeight) {}
