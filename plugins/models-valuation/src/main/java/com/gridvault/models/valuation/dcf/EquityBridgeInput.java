package com.gridvault.models.valuation.dcf;

import com.gridvault.plugin.api.model.Doc;

/**
 * The items between enterprise value and equity value, and the share count.
 *
 * @param netDebt debt minus cash, default 0
 * @param minorityInterest non-controlling interests, default 0
 * @param preferredEquity preferred equity, default 0
 * @param nonOperatingAssets non-operating assets (investments, surplus property), default 0
 * @param dilutedShares fully diluted shares outstanding
 */
@Doc("Enterprise-to-equity bridge: equity = EV - netDebt - minorityInterest - preferredEquity + nonOperatingAssets.")
public record EquityBridgeInput(
        @Doc("Net debt (debt minus cash), currency units; negative for net cash. Default 0.") Double netDebt,
        @Doc("Minority (non-controlling) interests, currency units. Default 0.") Double minorityInterest,
        @Doc("Preferred equity, currency units. Default 0.") Double preferredEquity,
        @Doc("Non-operating assets added to equity value, currency units. Default 0.") Double nonOperatingAssets,
        @Doc("Fully diluted shares outstanding, number of shares, greater than 0.") Double dilutedShares) {}
