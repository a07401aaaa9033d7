package com.gridvault.models.valuation.accretion;

import com.gridvault.plugin.api.model.Doc;

/**
 * One year of the pro forma combination.
 *
 * @param year the year, 1 first
 * @param acquirerNetIncome acquirer standalone net income
 * @param targetNetIncome target standalone net income
 * @param synergies pre-tax synergies achieved
 * @param integrationCosts pre-tax integration costs
 * @param afterTaxSynergies (synergies - integration costs) * (1 - tax)
 * @param afterTaxInterestOnNewDebt new debt * rate * (1 - tax)
 * @param afterTaxForgoneInterestOnCash cash used * yield * (1 - tax)
 * @param proFormaNetIncome the combined net income
 * @param proFormaShares acquirer shares plus new shares
 * @param standaloneEps acquirer standalone EPS
 * @param proFormaEps pro forma EPS
 * @param accretionPerShare pro forma minus standalone EPS
 * @param accretionDilutionPct accretion over the absolute standalone EPS
 * @param breakevenSynergies pre-tax synergies that make the year EPS-neutral
 */
@Doc("One year of the pro forma EPS build.")
public record AccretionYear(
        @Doc("Year, 1 first.") int year,
        @Doc("Acquirer standalone net income, currency units.") double acquirerNetIncome,
        @Doc("Target standalone net income, currency units.") double targetNetIncome,
        @Doc("Pre-tax synergies achieved = runRate * phaseIn, currency units.") double synergies,
        @Doc("Pre-tax integration costs, currency units.") double integrationCosts,
        @Doc("(synergies - integration costs) * (1 - tax), currency units.") double afterTaxSynergies,
        @Doc("After-tax interest on new debt, currency units.") double afterTaxInterestOnNewDebt,
        @Doc("After-tax interest forgone on cash used, currency units.") double afterTaxForgoneInterestOnCash,
        @Doc("Pro forma net income, currency units.") double proFormaNetIncome,
        @Doc("Pro forma shares = acquirer shares + new shares, number of shares.") double proFormaShares,
        @Doc("Acquirer standalone EPS, currency units per share.") double standaloneEps,
        @Doc("Pro forma EPS, currency units per share.") double proFormaEps,
        @Doc("Pro forma EPS - standalone EPS, currency units per share.") double accretionPerShare,
        @Doc(
                        "Accretion (+) / dilution (-) = accretionPerShare / |standalone EPS|, decimal; null when standalone EPS is 0.")
                Double accretionDilutionPct,
        @Doc(
                        "Pre-tax synergies (given this year's integration costs) that make pro forma EPS equal standalone EPS, currency units.")
                double breakevenSynergies) {}
