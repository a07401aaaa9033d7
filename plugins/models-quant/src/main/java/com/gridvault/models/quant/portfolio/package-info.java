/**
 * Portfolio risk from positions and aligned price histories: P&amp;L, returns, beta, correlations,
 * and VaR / expected shortfall (historical, parametric, Monte Carlo); the {@code
 * quant.portfolio-risk} model.
 */
package com.gridvault.models.quant.portfolio;
