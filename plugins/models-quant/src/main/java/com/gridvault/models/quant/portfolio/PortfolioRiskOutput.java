package com.gridvault.models.quant.portfolio;

import com.gridvault.plugin.api.model.Doc;
import java.util.List;

/**
 * Output of {@code quant.portfolio-risk}.
 *
 * @param currentValue portfolio value at the last observation
 * @param pnl value change from the first to the last observation at current quantities
 * @param values portfolio value at each observation
 * @param returns simple returns of the portfolio value
 * @param annualisedVolatility sample volatility of the portfolio returns, annualised
 * @param beta portfolio beta to the benchmark
 * @param assets per-holding figures
 * @param correlation the correlation matrix of holding returns
 * @param valueAtRisk VaR and expected shortfall by method
 */
@Doc("Portfolio P&L, returns, beta, correlations, VaR and expected shortfall")
public record PortfolioRiskOutput(
        @Doc("Portfolio value at the last observation (sum of quantity x price)") double currentValue,
        @Doc("Value change from first to last observation, holding current quantities") double pnl,
        @Doc("Portfolio value at each observation") List<Double> values,
        @Doc("Simple returns of the portfolio value, one fewer than values; null where the prior value <= 0")
                List<Double> returns,
        @Doc("Sample stdev of portfolio returns x sqrt(barsPerYear)") Double annualisedVolatility,
        @Doc("cov(portfolio, benchmark) / var(benchmark) of simple returns; null without a benchmark") Double beta,
        @Doc("Per-holding figures, in input order") List<AssetRisk> assets,
        @Doc("Correlation matrix of holding returns") CorrelationMatrix correlation,
        @Doc("HISTORICAL, PARAMETRIC and MONTE_CARLO VaR with expected shortfall") List<VarEstimate> valueAtRisk) {}
