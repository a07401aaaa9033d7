package com.gridvault.models.valuation.accretion;

import static com.gridvault.models.valuation.common.Checks.orDefault;

import java.util.ArrayList;
import java.util.List;

/**
 * Pro forma EPS of an acquisition (Rosenbaum &amp; Pearl, <i>Investment Banking</i>, ch. 7,
 * "accretion/dilution analysis"): {@code PF NI = NI_A + NI_T + (S - IC)(1 - t) - D r_d (1 - t) -
 * C r_c (1 - t)} over {@code PF shares = N_A + stock / P_A}. Breakeven synergies solve {@code PF EPS
 * = EPS_A} for {@code S} in closed form. Expects an input that {@link AccretionDilutionValidator}
 * accepted.
 */
public final class AccretionDilutionCalculator {

    /** The shared stateless instance. */
    public static final AccretionDilutionCalculator DEFAULT = new AccretionDilutionCalculator();

    private AccretionDilutionCalculator() {}

    /**
     * Runs the analysis.
     *
     * @param in a validated input
     * @return the pro forma build
     */
    public AccretionDilutionOutput calculate(AccretionDilutionInput in) {
        double offer = in.offerPricePerShare() != null
                ? in.offerPricePerShare()
                : in.targetSharePrice() * (1 + in.offerPremium());
        double premium = offer / in.targetSharePrice() - 1;
        double purchase = offer * in.targetShares();
        ConsiderationMix mix = in.consideration();
        double cash = purchase * mix.cashFraction();
        double debt = purchase * mix.debtFraction();
        double stock = purchase * mix.stockFraction();
        double newShares = stock / in.acquirerSharePrice();
        double shares = in.acquirerShares() + newShares;
        double keep = 1 - in.taxRate();
        double debtCost = debt * orDefault(in.newDebtInterestRate(), 0) * keep;
        double cashCost = cash * orDefault(in.cashInterestRate(), 0) * keep;

        List<AccretionYear> years = new ArrayList<>();
        for (int i = 0; i < in.acquirerNetIncome().size(); i++) {
            double niA = in.acquirerNetIncome().get(i);
            double niT = in.targetNetIncome().get(i);
            double phase = in.synergyPhaseIn() == null ? 1 : in.synergyPhaseIn().get(i);
            double synergies = orDefault(in.runRateSynergies(), 0) * phase;
            double integration =
                    in.integrationCosts() == null ? 0 : in.integrationCosts().get(i);
            double afterTaxSynergies = (synergies - integration) * keep;
            double proFormaNi = niA + niT + afterTaxSynergies - debtCost - cashCost;
            double standaloneEps = niA / in.acquirerShares();
            double proFormaEps = proFormaNi / shares;
            double delta = proFormaEps - standaloneEps;
            double breakeven = (standaloneEps * shares - niA - niT + debtCost + cashCost) / keep + integration;
            years.add(new AccretionYear(
                    i + 1,
                    niA,
                    niT,
                    synergies,
                    integration,
                    afterTaxSynergies,
                    debtCost,
                    cashCost,
                    proFormaNi,
                    shares,
                    standaloneEps,
                    proFormaEps,
                    delta,
                    standaloneEps == 0 ? null : delta / Math.abs(standaloneEps),
                    breakeven));
        }
        double niT1 = in.targetNetIncome().get(0);
        double niA1 = in.acquirerNetIncome().get(0);
        return new AccretionDilutionOutput(
                offer,
                premium,
                purchase,
                cash,
                debt,
                stock,
                newShares,
                shares,
                newShares / shares,
                niT1 > 0 ? purchase / niT1 : null,
                niA1 > 0 ? in.acquirerSharePrice() * in.acquirerShares() / niA1 : null,
                List.copyOf(years));
    }
}
