package com.gridvault.models.valuation.lbo;

import com.gridvault.plugin.api.model.Doc;

/**
 * How the interest circularity was solved.
 *
 * @param interestOnAverageBalances whether interest used average balances
 * @param converged whether every year converged within the tolerance
 * @param maxIterationsUsed most iterations any year needed
 * @param maxResidual largest final residual over all years
 * @param tolerance the tolerance applied
 * @param maxIterations the iteration cap applied
 */
@Doc("Interest circularity (interest on average balances) solved by fixed-point iteration per year.")
public record LboConvergence(
        @Doc("True when interest was charged on average balances.") boolean interestOnAverageBalances,
        @Doc("True when every year converged within the tolerance.") boolean converged,
        @Doc("Most iterations any year needed.") int maxIterationsUsed,
        @Doc("Largest final change in a tranche's interest over all years, currency units.") double maxResidual,
        @Doc("Tolerance applied, currency units.") double tolerance,
        @Doc("Iteration cap applied.") int maxIterations) {}
