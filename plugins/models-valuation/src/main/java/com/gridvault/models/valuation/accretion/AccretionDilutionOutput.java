package com.gridvault.models.valuation.accretion;

import com.gridvault.plugin.api.model.Doc;
import java.util.List;

/**
 * The result of the accretion/dilution model.
 *
 * @param offerPricePerShare the offer per target share
 * @param offerPremium the premium over the target's price
 * @param purchaseEquityValue offer times target shares
 * @param cashUsed cash consideration
 * @param newDebt debt consideration
 * @param stockIssued stock consideration
 * @param newSharesIssued stock consideration / acquirer price
 * @param proFormaShares acquirer shares plus new shares
 * @param targetOwnership the target holders' share of the combined company
 * @param offerPriceToEarnings purchase equity value / target year-1 net income
 * @param acquirerPriceToEarnings acquirer market value / acquirer year-1 net income
 * @param years the pro forma build per year
 */
@Doc("Accretion/dilution result: deal terms, financing and the pro forma EPS build per year.")
public record AccretionDilutionOutput(
        @Doc("Offer price per target share, currency units per share.") double offerPricePerShare,
        @Doc("Offer premium over the target share price, decimal.") double offerPremium,
        @Doc("Purchase equity value = offer price * target shares, currency units.") double purchaseEquityValue,
        @Doc("Cash consideration, currency units.") double cashUsed,
        @Doc("New debt raised, currency units.") double newDebt,
        @Doc("Stock consideration, currency units.") double stockIssued,
        @Doc("New acquirer shares issued = stock consideration / acquirer share price.") double newSharesIssued,
        @Doc("Pro forma shares outstanding.") double proFormaShares,
        @Doc("Target holders' ownership of the combined company = new shares / pro forma shares, decimal.")
                double targetOwnership,
        @Doc("Offer P/E = purchase equity value / target year-1 net income, times (x); null when that income <= 0.")
                Double offerPriceToEarnings,
        @Doc("Acquirer P/E = acquirer market value / acquirer year-1 net income, times (x); null when <= 0.")
                Double acquirerPriceToEarnings,
        @Doc("Pro forma EPS build per year, year 1 first.") List<AccretionYear> years) {}
