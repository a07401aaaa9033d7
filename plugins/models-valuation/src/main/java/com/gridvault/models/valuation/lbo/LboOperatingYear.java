package com.gridvault.models.valuation.lbo;

import com.gridvault.plugin.api.model.Doc;

/**
 * The operating drivers of one year after the buyout.
 *
 * @param revenueGrowth revenue growth over the previous year
 * @param ebitdaMargin EBITDA / revenue
 * @param daPctRevenue D&amp;A / revenue, default 0
 * @param capexPctRevenue capex / revenue, default 0
 * @param nwcPctChangeInRevenue increase in NWC / increase in revenue, default 0
 */
@Doc("Operating drivers of one projection year of the LBO.")
public record LboOperatingYear(
        @Doc("Revenue growth over the previous year, decimal (0.05 = 5%).") Double revenueGrowth,
        @Doc("EBITDA margin, EBITDA / revenue, decimal.") Double ebitdaMargin,
        @Doc("Depreciation and amortisation / revenue, decimal. Default 0.") Double daPctRevenue,
        @Doc("Capital expenditure / revenue, decimal. Default 0.") Double capexPctRevenue,
        @Doc("Increase in net working capital / increase in revenue, decimal. Default 0.")
                Double nwcPctChangeInRevenue) {}
