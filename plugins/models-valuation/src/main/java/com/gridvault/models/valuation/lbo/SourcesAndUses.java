package com.gridvault.models.valuation.lbo;

import com.gridvault.plugin.api.model.Doc;
import java.util.List;

/**
 * Sources and uses of funds at close; sponsor equity is the plug, so the totals are equal.
 *
 * @param purchaseEnterpriseValue entry multiple times entry EBITDA
 * @param transactionFees M&amp;A fees
 * @param financingFees debt fees
 * @param cashToBalanceSheet minimum cash funded
 * @param totalUses the sum of the uses
 * @param sources debt tranches then sponsor equity
 * @param totalDebt debt raised
 * @param sponsorEquity the equity plug
 * @param totalSources the sum of the sources
 * @param entryLeverage total debt / entry EBITDA
 */
@Doc("Sources and uses at close; sponsor equity = total uses - total debt.")
public record SourcesAndUses(
        @Doc("Purchase enterprise value = entryMultiple * entryEbitda, currency units.") double purchaseEnterpriseValue,
        @Doc("Transaction fees, currency units.") double transactionFees,
        @Doc("Financing fees, currency units.") double financingFees,
        @Doc("Cash funded onto the balance sheet (minimum cash), currency units.") double cashToBalanceSheet,
        @Doc("Total uses, currency units.") double totalUses,
        @Doc("Sources: each debt tranche in input order, then sponsor equity.") List<SourceLine> sources,
        @Doc("Total debt raised at close, currency units.") double totalDebt,
        @Doc("Sponsor equity (the plug), currency units.") double sponsorEquity,
        @Doc("Total sources, currency units; equals total uses.") double totalSources,
        @Doc("Total debt / entry EBITDA, times (x).") double entryLeverage) {}
