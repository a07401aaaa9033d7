package com.gridvault.models.quant.portfolio;

import com.gridvault.plugin.api.model.Doc;
import java.time.Instant;
import java.util.List;

/**
 * Input of {@code quant.portfolio-risk}.
 *
 * @param times observation times, optional
 * @param positions the holdings with aligned price histories
 * @param benchmark benchmark prices aligned with the positions' prices, optional
 * @param confidence VaR confidence level
 * @param horizon VaR horizon in observation periods
 * @param monteCarloPaths number of Monte Carlo scenarios
 * @param seed Monte Carlo seed
 * @param barsPerYear observations per year for annualisation
 */
@Doc("Positions with aligned price histories, and VaR settings")
public record PortfolioRiskInput(
        @Doc("Observation times, strictly increasing, one per price (gaps allowed); optional") List<Instant> times,
        @Doc("Holdings, at least 1; every prices list has the same length, at least 3") List<AssetPosition> positions,
        @Doc("Benchmark prices aligned with the positions' prices, for beta; optional") List<Double> benchmark,
        @Doc("VaR / expected shortfall confidence level in (0, 1), default 0.99") Double confidence,
        @Doc("Horizon in observation periods (days for daily prices), >= 1, default 1; 1-period figures are"
                        + " scaled by sqrt(horizon)")
                Integer horizon,
        @Doc("Monte Carlo scenarios, 1..limits.maxPaths, default 10000") Integer monteCarloPaths,
        @Doc("Monte Carlo random seed, default 1; the same seed gives the same result") Long seed,
        @Doc("Observations per year for annualised volatility, default 252") Integer barsPerYear) {}
