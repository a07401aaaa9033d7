package com.gridvault.models.valuation.lbo;

import com.gridvault.plugin.api.model.Doc;
import java.util.List;

/**
 * One audited year of the LBO.
 *
 * @param year the year after close, 1 first
 * @param revenue revenue
 * @param ebitda EBITDA
 * @param depreciationAmortization D&amp;A
 * @param ebit EBITDA minus D&amp;A
 * @param interestExpense interest and commitment fees
 * @param taxes tax on EBIT minus interest, floored at 0
 * @param netIncome EBIT minus interest minus taxes
 * @param capex capital expenditure
 * @param changeInNwc increase in net working capital
 * @param cashFlowBeforeDebtRepayment net income + D&amp;A - capex - change in NWC
 * @param mandatoryRepayment scheduled amortisation
 * @param revolverDraw revolver draw
 * @param sweepRepayment prepayments from the sweep
 * @param openingCash cash at the start of the year
 * @param closingCash cash at the end of the year
 * @param unfundedShortfall cash below the minimum the revolver could not cover
 * @param totalDebt debt at year end
 * @param netDebt debt minus cash at year end
 * @param netDebtToEbitda net debt / EBITDA
 * @param tranches the debt schedule per tranche
 * @param iterations fixed-point iterations used for the interest circularity
 * @param residual largest change of a tranche's interest in the last iteration
 */
@Doc("One year of the LBO: P&L, cash flow, debt schedule and the circularity solve.")
public record LboYear(
        @Doc("Year after close, 1 first.") int year,
        @Doc("Revenue, currency units.") double revenue,
        @Doc("EBITDA, currency units.") double ebitda,
        @Doc("Depreciation and amortisation, currency units.") double depreciationAmortization,
        @Doc("EBIT = EBITDA - D&A, currency units.") double ebit,
        @Doc("Interest expense including revolver commitment fees, currency units.") double interestExpense,
        @Doc("Taxes = taxRate * max(0, EBIT - interest), currency units.") double taxes,
        @Doc("Net income = EBIT - interest - taxes, currency units.") double netIncome,
        @Doc("Capital expenditure, currency units.") double capex,
        @Doc("Increase in net working capital, currency units.") double changeInNwc,
        @Doc("Cash flow before debt repayment = net income + D&A - capex - change in NWC, currency units.")
                double cashFlowBeforeDebtRepayment,
        @Doc("Scheduled term-loan amortisation, currency units.") double mandatoryRepayment,
        @Doc("Revolver draw to cover a shortfall below minimum cash, currency units.") double revolverDraw,
        @Doc("Prepayments from the cash sweep (revolver first, then term loans), currency units.")
                double sweepRepayment,
        @Doc("Opening cash, currency units.") double openingCash,
        @Doc("Closing cash, currency units.") double closingCash,
        @Doc("Cash below the minimum that the revolver could not fund, currency units; 0 when fully funded.")
                double unfundedShortfall,
        @Doc("Total debt at year end, currency units.") double totalDebt,
        @Doc("Net debt = total debt - closing cash, currency units.") double netDebt,
        @Doc("Net debt / EBITDA, times (x); null when EBITDA <= 0.") Double netDebtToEbitda,
        @Doc("Debt schedule per tranche, in input order.") List<TrancheYear> tranches,
        @Doc("Fixed-point iterations used to solve the interest circularity this year.") int iterations,
        @Doc("Largest change in a tranche's interest at the last iteration, currency units.") double residual) {}
