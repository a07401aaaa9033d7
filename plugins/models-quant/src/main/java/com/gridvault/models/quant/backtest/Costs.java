package com.gridvault.models.quant.backtest;

import com.gridvault.plugin.api.model.Doc;

/**
 * Trading costs, applied to every fill (entries and exits alike).
 *
 * @param commissionPerTrade fixed commission per fill, in account currency
 * @param commissionBps commission in basis points of the fill's notional
 * @param slippageBps adverse price move in basis points: buys fill at open x (1 + s), sells at
 *     open x (1 - s)
 */
@Doc("Trading costs per fill; all default to 0")
public record Costs(
        @Doc("Fixed commission per fill, in account currency, >= 0") Double commissionPerTrade,
        @Doc("Commission in basis points of notional (1 bp = 0.01%), >= 0") Double commissionBps,
        @Doc("Slippage in basis points against the trader, >= 0") Double slippageBps) {}
