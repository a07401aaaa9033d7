package com.gridvault.models.valuation.dcf;

import com.gridvault.plugin.api.model.Doc;

/**
 * One projection year whose unlevered free cash flow is given directly.
 *
 * @param unleveredFreeCashFlow the year's UFCF
 * @param ebitda the year's EBITDA; required for the final year (exit-multiple terminal value)
 * @param revenue the year's revenue, informational
 */
@Doc("A projection year with its unlevered free cash flow given directly.")
public record DcfCashFlowYear(
        @Doc("Unlevered free cash flow of the year, currency units.") Double unleveredFreeCashFlow,
        @Doc("EBITDA of the year, currency units; required for the final year (exit-multiple terminal value).")
                Double ebitda,
        @Doc("Revenue of the year, currency units; optional, shown in the schedule only.") Double revenue) {}
