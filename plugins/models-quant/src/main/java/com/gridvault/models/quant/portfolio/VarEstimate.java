package com.gridvault.models.quant.portfolio;

import com.gridvault.plugin.api.model.Doc;

/**
 * A value-at-risk estimate and the matching expected shortfall, both as positive losses.
 *
 * @param method the estimation method
 * @param confidence the confidence level
 * @param horizon the horizon in observation periods
 * @param valueAtRisk the loss not exceeded with probability {@code confidence}
 * @param expectedShortfall the mean loss beyond VaR (CVaR)
 */
@Doc("VaR and expected shortfall (CVaR) for one method; positive numbers are losses in account currency")
public record VarEstimate(
        @Doc("Estimation method") VarMethod method,
        @Doc("Confidence level") double confidence,
        @Doc("Horizon in observation periods") int horizon,
        @Doc("Value at risk: loss exceeded with probability 1 - confidence over the horizon") double valueAtRisk,
        @Doc("Expected shortfall (CVaR): mean loss in the worst 1 - confidence of outcomes; >= VaR")
                double expectedShortfall) {}
