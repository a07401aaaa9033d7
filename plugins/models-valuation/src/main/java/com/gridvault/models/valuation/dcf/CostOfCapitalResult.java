package com.gridvault.models.valuation.dcf;

import com.gridvault.plugin.api.model.Doc;

/**
 * The WACC and its parts.
 *
 * @param costOfEquity CAPM cost of equity including premia
 * @param afterTaxCostOfDebt pre-tax cost of debt times (1 - tax)
 * @param equityWeight E / (D + E)
 * @param debtWeight D / (D + E)
 * @param wacc the weighted average cost of capital
 */
@Doc("WACC = equityWeight * costOfEquity + debtWeight * afterTaxCostOfDebt.")
public record CostOfCapitalResult(
        @Doc("Cost of equity = riskFree + beta * ERP + size + specific premia, decimal.") double costOfEquity,
        @Doc("After-tax cost of debt = preTaxCostOfDebt * (1 - taxRate), decimal.") double afterTaxCostOfDebt,
        @Doc("Equity weight E / (D + E), decimal.") double equityWeight,
        @Doc("Debt weight D / (D + E), decimal.") double debtWeight,
        @Doc("Weighted average cost of capital, decimal.") double wacc) {}
