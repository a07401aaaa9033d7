package com.gridvault.models.valuation.lbo;

import com.gridvault.plugin.api.model.Doc;
import java.util.List;

/**
 * The input of the LBO model.
 *
 * @param entryRevenue revenue of the last year before close (year 0)
 * @param entryEbitda EBITDA of the last year before close, the basis of the purchase price
 * @param entryMultiple purchase EV / entry EBITDA
 * @param transactionFees M&amp;A fees paid at close, default 0
 * @param financingFees debt fees paid at close, default 0
 * @param minimumCash cash funded at close and kept on the balance sheet, default 0
 * @param taxRate tax rate on EBIT minus interest
 * @param years the operating projection
 * @param tranches the debt raised at close
 * @param cashSweepPct share of excess cash applied to prepay debt, default 1
 * @param exitYear the year the sponsor exits, default the last projection year
 * @param exitMultiple exit EV / exit-year EBITDA
 * @param interestOnAverageBalances interest on average (true) or opening balances, default true
 * @param tolerance convergence tolerance of the interest circularity, default 1e-6
 * @param maxIterations iteration cap of the interest circularity, default 100
 * @param sensitivity the returns grid shape
 */
@Doc("LBO input: entry price, fees, operating projection, debt tranches, sweep, exit and solver settings.")
public record LboInput(
        @Doc("Revenue of the year before close (year 0), currency units.") Double entryRevenue,
        @Doc(
                        "EBITDA of the year before close (LTM at entry), currency units; purchase EV = entryMultiple * entryEbitda.")
                Double entryEbitda,
        @Doc("Entry EV / EBITDA multiple, times (x).") Double entryMultiple,
        @Doc("Transaction (M&A advisory) fees paid at close, currency units. Default 0. Not amortised through P&L.")
                Double transactionFees,
        @Doc("Financing fees paid at close, currency units. Default 0. Not amortised through P&L.")
                Double financingFees,
        @Doc(
                        "Minimum cash funded at close and kept on the balance sheet; the sweep only uses cash above it, currency units. Default 0.")
                Double minimumCash,
        @Doc("Tax rate on (EBIT - interest), decimal in [0, 1); no tax credit on losses.") Double taxRate,
        @Doc("Operating drivers per year after close (year 1 first); at most 50 years.") List<LboOperatingYear> years,
        @Doc("Debt tranches raised at close; empty or absent for an all-equity deal; at most one REVOLVER.")
                List<DebtTrancheInput> tranches,
        @Doc(
                        "Share of excess cash (above minimumCash) used to prepay the revolver then term loans, decimal in [0, 1]. Default 1.")
                Double cashSweepPct,
        @Doc("Exit at the end of this year, 1..years.size(). Default the last projection year.") Integer exitYear,
        @Doc("Exit EV / exit-year EBITDA multiple, times (x).") Double exitMultiple,
        @Doc(
                        "Interest on average balances (circular, solved by iteration) when true, else on opening balances. Default true.")
                Boolean interestOnAverageBalances,
        @Doc("Stop iterating when each tranche's interest changes by at most this, currency units. Default 1e-6.")
                Double tolerance,
        @Doc("Most fixed-point iterations per year, 1..1000. Default 100.") Integer maxIterations,
        @Doc("Entry x exit multiple returns grid shape. Default 5 x 5 with 0.5x steps.")
                LboSensitivityInput sensitivity) {}
