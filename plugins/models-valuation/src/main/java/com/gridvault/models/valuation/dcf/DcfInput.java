package com.gridvault.models.valuation.dcf;

import com.gridvault.plugin.api.model.Doc;
import java.util.List;

/**
 * The input of the DCF model. Give exactly one of {@code driverYears} (with {@code baseRevenue})
 * and {@code cashFlowYears}, and exactly one of {@code wacc} and {@code costOfCapital}.
 *
 * @param baseRevenue revenue of the last actual year (year 0), required with driver years
 * @param driverYears per-year operating drivers
 * @param cashFlowYears per-year unlevered free cash flows given directly
 * @param wacc the discount rate, when given directly
 * @param costOfCapital the WACC building blocks, when the WACC is to be computed
 * @param terminalGrowth the perpetual growth rate after the final year
 * @param exitMultiple EV / EBITDA at the end of the final year
 * @param midYearConvention discount flows at mid-year, default false
 * @param bridge the enterprise-to-equity bridge and share count
 * @param sensitivity the grid shape, defaults when absent
 */
@Doc("DCF input: projection (drivers or direct UFCF), discount rate, terminal value, equity bridge, grid.")
public record DcfInput(
        @Doc("Revenue of the last actual year (year 0), currency units; required with driverYears.") Double baseRevenue,
        @Doc("Operating drivers per projection year (year 1 first). Exclusive with cashFlowYears; at most 50 years.")
                List<DcfDriverYear> driverYears,
        @Doc("Unlevered free cash flows given per projection year (year 1 first). Exclusive with driverYears.")
                List<DcfCashFlowYear> cashFlowYears,
        @Doc("WACC given directly, decimal. Exclusive with costOfCapital.") Double wacc,
        @Doc("WACC building blocks (CAPM, cost of debt, weights). Exclusive with wacc.")
                CostOfCapitalInput costOfCapital,
        @Doc("Perpetual growth of UFCF after the final year, decimal; must be below the WACC.") Double terminalGrowth,
        @Doc("Exit multiple EV / EBITDA applied to final-year EBITDA, times (x).") Double exitMultiple,
        @Doc("Mid-year convention: discount year t at t - 0.5. Default false (end of year).") Boolean midYearConvention,
        @Doc("Enterprise-to-equity bridge and diluted share count.") EquityBridgeInput bridge,
        @Doc("Sensitivity grid shape. Default: 5 x 5, 50 bp WACC steps, 25 bp growth steps.")
                DcfSensitivityInput sensitivity) {}
