package com.gridvault.models.valuation.accretion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class AccretionDilutionCalculatorTest {

    private static final double EPS = 1e-9;

    private final AccretionDilutionCalculator calculator = AccretionDilutionCalculator.DEFAULT;

    @Test
    void allCashDealByHand() {
        // Method: Rosenbaum & Pearl, Investment Banking, ch. 7 (accretion/dilution analysis).
        // Offer 20 * 1.25 = 25.00; purchase equity 25 * 50 = 1250, all from cash.
        // Forgone interest after tax = 1250 * 4% * (1 - 25%) = 37.50.
        // Year 1: PF NI = 500 + 100 - 37.5 = 562.5 on 100 shares -> EPS 5.625 vs 5.00 -> +12.5% accretive.
        // Breakeven synergies: (5.00 * 100 - 500 - 100 + 37.5) / 0.75 = -83.33 (accretive without synergies).
        AccretionDilutionOutput out =
                calculator.calculate(AccretionFixtures.deal(AccretionFixtures.allCash(), null, null, null));

        assertThat(out.offerPricePerShare()).isCloseTo(25, within(EPS));
        assertThat(out.offerPremium()).isCloseTo(0.25, within(EPS));
        assertThat(out.purchaseEquityValue()).isCloseTo(1250, within(EPS));
        assertThat(out.cashUsed()).isCloseTo(1250, within(EPS));
        assertThat(out.newSharesIssued()).isZero();
        assertThat(out.targetOwnership()).isZero();
        AccretionYear y1 = out.years().get(0);
        assertThat(y1.afterTaxForgoneInterestOnCash()).isCloseTo(37.5, within(EPS));
        assertThat(y1.afterTaxInterestOnNewDebt()).isZero();
        assertThat(y1.proFormaNetIncome()).isCloseTo(562.5, within(EPS));
        assertThat(y1.standaloneEps()).isCloseTo(5.0, within(EPS));
        assertThat(y1.proFormaEps()).isCloseTo(5.625, within(EPS));
        assertThat(y1.accretionDilutionPct()).isCloseTo(0.125, within(EPS));
        assertThat(y1.breakevenSynergies()).isCloseTo(-83.333333333, within(1e-6));
        // Offer P/E = 1250 / 100 = 12.5x; acquirer P/E = 5000 / 500 = 10x.
        assertThat(out.offerPriceToEarnings()).isCloseTo(12.5, within(EPS));
        assertThat(out.acquirerPriceToEarnings()).isCloseTo(10.0, within(EPS));
    }

    @Test
    void allStockDealByHand() {
        // 1250 of stock at 50.00 = 25 new shares; PF shares 125; year 1 PF NI 600 -> EPS 4.80, -4% dilutive.
        // Target holders own 25 / 125 = 20%. Breakeven: (5 * 125 - 600) / 0.75 = 33.33 pre-tax.
        AccretionDilutionOutput out =
                calculator.calculate(AccretionFixtures.deal(AccretionFixtures.allStock(), null, null, null));

        assertThat(out.newSharesIssued()).isCloseTo(25, within(EPS));
        assertThat(out.proFormaShares()).isCloseTo(125, within(EPS));
        assertThat(out.targetOwnership()).isCloseTo(0.2, within(EPS));
        AccretionYear y1 = out.years().get(0);
        assertThat(y1.proFormaEps()).isCloseTo(4.8, within(EPS));
        assertThat(y1.accretionDilutionPct()).isCloseTo(-0.04, within(EPS));
        assertThat(y1.breakevenSynergies()).isCloseTo(100.0 / 3, within(1e-9));
    }

    @Test
    void synergiesPhaseInAndIntegrationCosts() {
        // Mixed: cash 375 (forgone 375 * 4% * 0.75 = 11.25), debt 375 (375 * 6% * 0.75 = 16.875),
        // stock 500 -> 10 new shares, PF shares 110.
        // Year 1: synergies 60 * 0.5 = 30, integration 20 -> after tax (30 - 20) * 0.75 = 7.5;
        // PF NI = 500 + 100 + 7.5 - 16.875 - 11.25 = 579.375; EPS = 579.375 / 110 = 5.267045...
        AccretionDilutionOutput out = calculator.calculate(AccretionFixtures.deal(
                AccretionFixtures.mixed(), 60.0, List.of(0.5, 1.0, 1.0), List.of(20.0, 0.0, 0.0)));

        assertThat(out.cashUsed()).isCloseTo(375, within(EPS));
        assertThat(out.newDebt()).isCloseTo(375, within(EPS));
        assertThat(out.stockIssued()).isCloseTo(500, within(EPS));
        AccretionYear y1 = out.years().get(0);
        assertThat(y1.synergies()).isCloseTo(30, within(EPS));
        assertThat(y1.integrationCosts()).isCloseTo(20, within(EPS));
        assertThat(y1.afterTaxSynergies()).isCloseTo(7.5, within(EPS));
        assertThat(y1.afterTaxInterestOnNewDebt()).isCloseTo(16.875, within(EPS));
        assertThat(y1.afterTaxForgoneInterestOnCash()).isCloseTo(11.25, within(EPS));
        assertThat(y1.proFormaNetIncome()).isCloseTo(579.375, within(EPS));
        assertThat(y1.proFormaEps()).isCloseTo(579.375 / 110, within(EPS));
        assertThat(out.years().get(1).synergies()).isCloseTo(60, within(EPS));
        assertThat(out.years()).extracting(AccretionYear::year).containsExactly(1, 2, 3);
    }

    @Test
    void breakevenSynergiesMakeAccretionExactlyZeroEveryYear() {
        // Closed form: PF EPS = EPS_A  <=>  S = (EPS_A * PF shares - NI_A - NI_T + financing after tax) / (1 - t) + IC.
        // Feed each year's breakeven back in as a flat run rate and that year's accretion must vanish.
        List<Double> costs = List.of(15.0, 5.0, 0.0);
        AccretionDilutionOutput base =
                calculator.calculate(AccretionFixtures.deal(AccretionFixtures.allStock(), 10.0, null, costs));

        for (int i = 0; i < 3; i++) {
            double breakeven = base.years().get(i).breakevenSynergies();
            AccretionDilutionOutput atBreakeven =
                    calculator.calculate(AccretionFixtures.deal(AccretionFixtures.allStock(), breakeven, null, costs));
            AccretionYear y = atBreakeven.years().get(i);
            assertThat(y.accretionPerShare()).as("year %d", i + 1).isCloseTo(0, within(1e-12));
            assertThat(y.accretionDilutionPct()).isCloseTo(0, within(1e-12));
        }
    }

    @Test
    void offerPriceCanBeGivenDirectly() {
        AccretionDilutionInput b = AccretionFixtures.deal(AccretionFixtures.allCash(), null, null, null);
        AccretionDilutionInput in = new AccretionDilutionInput(
                b.acquirerSharePrice(),
                b.acquirerShares(),
                b.acquirerNetIncome(),
                b.targetSharePrice(),
                b.targetShares(),
                b.targetNetIncome(),
                26.0,
                null,
                b.consideration(),
                null,
                0.04,
                0.25,
                null,
                null,
                null);

        AccretionDilutionOutput out = calculator.calculate(in);

        assertThat(out.offerPremium()).isCloseTo(0.30, within(EPS));
        assertThat(out.purchaseEquityValue()).isCloseTo(1300, within(EPS));
    }
}
