package com.gridvault.models.valuation.dcf;

import com.gridvault.plugin.api.model.Doc;
import java.util.List;

/**
 * The result of the DCF model.
 *
 * @param wacc the discount rate used
 * @param costOfCapital how the WACC was built; null when it was given
 * @param midYearConvention whether flows were discounted at mid-year
 * @param schedule the year-by-year projection and discounting
 * @param sumOfPresentValues PV of the explicit-period cash flows
 * @param equityBridgeAdjustment equity value minus enterprise value
 * @param gordonGrowth the valuation closed by the Gordon growth model
 * @param exitMultiple the valuation closed by the exit multiple
 * @param impliedExitMultiple the EV / EBITDA the Gordon terminal value implies
 * @param impliedPerpetualGrowth the growth rate the exit-multiple terminal value implies
 * @param sensitivity the WACC x growth grid
 */
@Doc("DCF result: schedule, WACC, both terminal-value methods with cross-checks, and the sensitivity grid.")
public record DcfOutput(
        @Doc("WACC used for discounting, decimal.") double wacc,
        @Doc("WACC build-up; null when the WACC was given directly.") CostOfCapitalResult costOfCapital,
        @Doc("True when the mid-year convention was applied.") boolean midYearConvention,
        @Doc("Year-by-year schedule, year 1 first.") List<DcfScheduleRow> schedule,
        @Doc("Sum of the present values of explicit-period UFCF, currency units.") double sumOfPresentValues,
        @Doc("Equity value minus enterprise value: -netDebt - minorities - preferred + non-operating, currency units.")
                double equityBridgeAdjustment,
        @Doc(
                        "Valuation with the Gordon growth terminal value UFCF_N * (1 + g) / (WACC - g), times (1 + WACC)^0.5 under the mid-year convention (flows after N also arrive mid-year).")
                TerminalValueResult gordonGrowth,
        @Doc("Valuation with the exit-multiple terminal value multiple * EBITDA_N.") TerminalValueResult exitMultiple,
        @Doc("EV / EBITDA implied by the Gordon terminal value: TV_gordon / EBITDA_N, times (x).")
                double impliedExitMultiple,
        @Doc("Perpetual growth implied by the exit-multiple terminal value, decimal; null when UFCF_N + TV <= 0.")
                Double impliedPerpetualGrowth,
        @Doc("WACC x terminal-growth sensitivity grid.") DcfSensitivityGrid sensitivity) {}
