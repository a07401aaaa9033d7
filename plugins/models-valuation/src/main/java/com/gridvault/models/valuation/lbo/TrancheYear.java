package com.gridvault.models.valuation.lbo;

import com.gridvault.plugin.api.model.Doc;

/**
 * One tranche in one year.
 *
 * @param name the tranche name
 * @param type the tranche kind
 * @param openingBalance balance at the start of the year
 * @param draw revolver draw
 * @param mandatoryRepayment scheduled amortisation
 * @param sweepRepayment prepayment from the cash sweep
 * @param closingBalance balance at the end of the year
 * @param averageBalance mean of opening and closing
 * @param interest interest charged in the P&amp;L
 * @param commitmentFee fee on the undrawn revolver commitment
 */
@Doc("One debt tranche in one year; closing = opening + draw - mandatoryRepayment - sweepRepayment.")
public record TrancheYear(
        @Doc("Tranche name.") String name,
        @Doc("Tranche kind.") TrancheType type,
        @Doc("Opening balance, currency units.") double openingBalance,
        @Doc("Revolver draw, currency units.") double draw,
        @Doc("Scheduled amortisation, currency units.") double mandatoryRepayment,
        @Doc("Prepayment from the cash sweep, currency units.") double sweepRepayment,
        @Doc("Closing balance, currency units.") double closingBalance,
        @Doc("Average balance (opening + closing) / 2, currency units.") double averageBalance,
        @Doc("Interest in the P&L: rate * average balance (or opening balance), currency units.") double interest,
        @Doc("Commitment fee on the average undrawn revolver commitment, currency units.") double commitmentFee) {}
