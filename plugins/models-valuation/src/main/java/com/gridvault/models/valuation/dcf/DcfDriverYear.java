package com.gridvault.models.valuation.dcf;

import com.gridvault.plugin.api.model.Doc;

/**
 * The operating drivers of one projection year. Give exactly one of {@code ebitMargin} and {@code
 * ebitdaMargin}.
 *
 * @param revenueGrowth revenue growth over the previous year
 * @param ebitMargin EBIT / revenue
 * @param ebitdaMargin EBITDA / revenue; EBIT is then EBITDA minus D&amp;A
 * @param taxRate cash tax rate on EBIT
 * @param capexPctRevenue capital expenditure / revenue
 * @param daPctRevenue depreciation and amortisation / revenue
 * @param nwcPctChangeInRevenue increase in net working capital / increase in revenue
 */
@Doc("Operating drivers of one projection year; give exactly one of ebitMargin and ebitdaMargin.")
public record DcfDriverYear(
        @Doc("Revenue growth over the previous year, decimal (0.05 = 5%).") Double revenueGrowth,
        @Doc("EBIT margin, EBIT / revenue, decimal. Exclusive with ebitdaMargin.") Double ebitMargin,
        @Doc("EBITDA margin, EBITDA / revenue, decimal; EBIT = EBITDA - D&A. Exclusive with ebitMargin.")
                Double ebitdaMargin,
        @Doc("Cash tax rate applied to EBIT, decimal in [0, 1). Negative EBIT earns a tax credit.") Double taxRate,
        @Doc("Capital expenditure as a fraction of revenue, decimal. Default 0.") Double capexPctRevenue,
        @Doc("Depreciation and amortisation as a fraction of revenue, decimal. Default 0.") Double daPctRevenue,
        @Doc("Increase in net working capital as a fraction of the increase in revenue, decimal. Default 0.")
                Double nwcPctChangeInRevenue) {}
