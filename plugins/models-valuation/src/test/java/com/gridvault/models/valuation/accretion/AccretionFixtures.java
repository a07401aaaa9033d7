package com.gridvault.models.valuation.accretion;

import java.util.List;

/** Inputs shared by the accretion/dilution tests. */
final class AccretionFixtures {

    private AccretionFixtures() {}

    /**
     * Acquirer: 50.00 a share, 100 shares, net income 500 (EPS 5.00). Target: 20.00 a share, 50
     * shares, net income 100. Offer at a 25% premium (25.00), tax 25%.
     */
    static AccretionDilutionInput deal(ConsiderationMix mix, Double runRate, List<Double> phaseIn, List<Double> costs) {
        return new AccretionDilutionInput(
                50.0,
                100.0,
                List.of(500.0, 550.0, 600.0),
                20.0,
                50.0,
                List.of(100.0, 110.0, 120.0),
                null,
                0.25,
                mix,
                0.06,
                0.04,
                0.25,
                runRate,
                phaseIn,
                costs);
    }

    static ConsiderationMix allCash() {
        return new ConsiderationMix(1.0, 0.0, 0.0);
    }

    static ConsiderationMix allStock() {
        return new ConsiderationMix(0.0, 1.0, 0.0);
    }

    static ConsiderationMix mixed() {
        return new ConsiderationMix(0.3, 0.4, 0.3);
    }
}
