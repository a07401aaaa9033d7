package com.gridvault.models.valuation.accretion;

import com.gridvault.plugin.api.model.Doc;
import java.util.List;

/**
 * The input of the accretion/dilution model. Give exactly one of {@code offerPricePerShare} and
 * {@code offerPremium}. Net income lists run over the same years, year 1 first.
 *
 * @param acquirerSharePrice the acquirer's share price, also the issue price of new shares
 * @param acquirerShares the acquirer's diluted shares
 * @param acquirerNetIncome the acquirer's standalone net income per year
 * @param targetSharePrice the target's unaffected share price
 * @param targetShares the target's diluted shares
 * @param targetNetIncome the target's standalone net income per year
 * @param offerPricePerShare the offer per target share
 * @param offerPremium the offer premium over the target's price
 * @param consideration the cash / stock / debt mix
 * @param newDebtInterestRate pre-tax rate on new debt
 * @param cashInterestRate pre-tax yield forgone on cash used
 * @param taxRate tax rate on synergies and interest
 * @param runRateSynergies full annual pre-tax synergies
 * @param synergyPhaseIn share of the run rate achieved each year
 * @param integrationCosts pre-tax one-off costs each year
 */
@Doc("Accretion/dilution input: both companies' standalone net income and shares, offer, mix, financing, synergies.")
public record AccretionDilutionInput(
        @Doc("Acquirer share price, currency units per share; new shares are issued at this price.")
                Double acquirerSharePrice,
        @Doc("Acquirer diluted shares outstanding, number of shares.") Double acquirerShares,
        @Doc("Acquirer standalone net income per year (year 1 first), currency units; at most 50 years.")
                List<Double> acquirerNetIncome,
        @Doc("Target unaffected share price, currency units per share.") Double targetSharePrice,
        @Doc("Target diluted shares outstanding, number of shares.") Double targetShares,
        @Doc("Target standalone net income per year, same years as the acquirer, currency units.")
                List<Double> targetNetIncome,
        @Doc("Offer price per target share, currency units per share. Exclusive with offerPremium.")
                Double offerPricePerShare,
        @Doc("Offer premium over the target share price, decimal (0.3 = 30%). Exclusive with offerPricePerShare.")
                Double offerPremium,
        @Doc("Consideration mix (cash / stock / new debt).") ConsiderationMix consideration,
        @Doc("Pre-tax interest rate on new debt, decimal. Required when debtFraction > 0, else default 0.")
                Double newDebtInterestRate,
        @Doc("Pre-tax interest yield forgone on cash used, decimal. Required when cashFraction > 0, else default 0.")
                Double cashInterestRate,
        @Doc("Tax rate on synergies, integration costs and interest, decimal in [0, 1).") Double taxRate,
        @Doc("Full run-rate annual pre-tax synergies, currency units. Default 0.") Double runRateSynergies,
        @Doc(
                        "Share of run-rate synergies achieved per year, decimal in [0, 1], same length as net income. Default 1 every year.")
                List<Double> synergyPhaseIn,
        @Doc("Pre-tax one-off integration costs per year, currency units, same length as net income. Default 0.")
                List<Double> integrationCosts) {}
