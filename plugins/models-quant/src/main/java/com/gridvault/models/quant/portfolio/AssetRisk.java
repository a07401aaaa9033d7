package com.gridvault.models.quant.portfolio;

import com.gridvault.plugin.api.model.Doc;

/**
 * Per-holding figures.
 *
 * @param symbol the identifier
 * @param quantity units held
 * @param price the current (last) price
 * @param marketValue quantity times price
 * @param weight market value over portfolio value
 * @param pnl quantity times (last price - first price)
 * @param annualisedVolatility sample volatility of simple returns, annualised
 * @param beta beta of the asset's returns to the benchmark's
 */
@Doc("Figures for one holding")
public record AssetRisk(
        @Doc("Identifier") String symbol,
        @Doc("Units held") double quantity,
        @Doc("Current (last) price") double price,
        @Doc("Quantity x price") double marketValue,
        @Doc("Market value / portfolio value; null when the portfolio value is 0") Double weight,
        @Doc("Quantity x (last price - first price)") double pnl,
        @Doc("Sample stdev of simple returns x sqrt(barsPerYear), decimal") Double annualisedVolatility,
        @Doc("cov(asset, benchmark) / var(benchmark) of simple returns; null without a benchmark") Double beta) {}
