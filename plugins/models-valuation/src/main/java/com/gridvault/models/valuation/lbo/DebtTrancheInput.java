package com.gridvault.models.valuation.lbo;

import com.gridvault.plugin.api.model.Doc;

/**
 * One debt tranche raised at close.
 *
 * @param name a unique label
 * @param type how it is repaid
 * @param amount principal funded at close
 * @param interestRate annual cash interest on the average balance
 * @param amortizationPct TERM_LOAN only: share of original principal repaid each year
 * @param commitment REVOLVER only: the most it can be drawn
 * @param commitmentFeeRate REVOLVER only: annual fee on the average undrawn commitment
 */
@Doc(
        "A debt tranche raised at close. Sources are listed in this order; the sweep repays the revolver, then term loans in list order.")
public record DebtTrancheInput(
        @Doc("Unique tranche name, e.g. \"Term Loan B\".") String name,
        @Doc("TERM_LOAN, BULLET or REVOLVER.") TrancheType type,
        @Doc(
                        "Principal funded at close, currency units; for a REVOLVER the amount drawn at close. Default 0 for REVOLVER.")
                Double amount,
        @Doc("Annual cash interest rate on the average balance, decimal.") Double interestRate,
        @Doc("TERM_LOAN: share of the original principal repaid each year, decimal. Default 0.01.")
                Double amortizationPct,
        @Doc("REVOLVER: commitment (maximum balance), currency units; required for a REVOLVER.") Double commitment,
        @Doc("REVOLVER: annual fee on the average undrawn commitment, decimal. Default 0.") Double commitmentFeeRate) {}
