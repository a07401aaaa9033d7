package com.gridvault.models.valuation.lbo;

import com.gridvault.plugin.api.model.Doc;

/**
 * The sponsor's returns at exit.
 *
 * @param exitYear the exit year
 * @param exitEbitda EBITDA of the exit year
 * @param exitMultiple exit EV / EBITDA
 * @param exitEnterpriseValue exit multiple times exit EBITDA
 * @param netDebtAtExit debt minus cash at exit
 * @param exitEquityValue EV minus net debt, floored at 0
 * @param sponsorEquityInvested the equity plug at close
 * @param moic exit equity / invested equity
 * @param irr annual internal rate of return
 */
@Doc("Sponsor returns: one equity cheque at close, one distribution at exit, no interim dividends.")
public record LboReturns(
        @Doc("Exit at the end of this year.") int exitYear,
        @Doc("EBITDA of the exit year, currency units.") double exitEbitda,
        @Doc("Exit EV / EBITDA, times (x).") double exitMultiple,
        @Doc("Exit enterprise value, currency units.") double exitEnterpriseValue,
        @Doc("Net debt at exit = debt - cash, currency units.") double netDebtAtExit,
        @Doc("Equity value at exit = max(0, EV - net debt), currency units.") double exitEquityValue,
        @Doc("Sponsor equity invested at close, currency units.") double sponsorEquityInvested,
        @Doc("Multiple of invested capital = exit equity / invested equity, times (x).") double moic,
        @Doc("Internal rate of return = MOIC^(1/exitYear) - 1, decimal.") double irr) {}
