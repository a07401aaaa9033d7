package com.gridvault.models.valuation.dcf;

import com.gridvault.plugin.api.model.Doc;

/**
 * One audited year of the DCF. Operating lines are null when the cash flow was given directly.
 *
 * @param year the projection year, 1 first
 * @param revenue revenue
 * @param ebitda EBITDA
 * @param depreciationAmortization D&amp;A
 * @param ebit EBIT
 * @param taxOnEbit tax on EBIT
 * @param nopat EBIT after tax
 * @param capex capital expenditure
 * @param changeInNwc increase in net working capital
 * @param unleveredFreeCashFlow NOPAT + D&amp;A - capex - change in NWC
 * @param discountPeriod the time in years the flow is discounted over
 * @param discountFactor {@code 1 / (1 + wacc)^discountPeriod}
 * @param presentValue UFCF times the discount factor
 */
@Doc("One year of the DCF schedule; operating lines are null when UFCF was given directly.")
public record DcfScheduleRow(
        @Doc("Projection year, 1 first.") int year,
        @Doc("Revenue, currency units.") Double revenue,
        @Doc("EBITDA, currency units.") Double ebitda,
        @Doc("Depreciation and amortisation, currency units.") Double depreciationAmortization,
        @Doc("EBIT, currency units.") Double ebit,
        @Doc("Tax on EBIT, currency units (negative = credit).") Double taxOnEbit,
        @Doc("NOPAT = EBIT - tax on EBIT, currency units.") Double nopat,
        @Doc("Capital expenditure, currency units (positive = spend).") Double capex,
        @Doc("Increase in net working capital, currency units (positive = cash absorbed).") Double changeInNwc,
        @Doc("Unlevered free cash flow = NOPAT + D&A - capex - change in NWC, currency units.")
                double unleveredFreeCashFlow,
        @Doc("Discount period in years: t, or t - 0.5 under the mid-year convention.") double discountPeriod,
        @Doc("Discount factor 1 / (1 + WACC)^discountPeriod.") double discountFactor,
        @Doc("Present value = UFCF * discount factor, currency units.") double presentValue) {}
