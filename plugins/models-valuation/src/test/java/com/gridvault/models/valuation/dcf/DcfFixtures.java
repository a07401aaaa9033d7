package com.gridvault.models.valuation.dcf;

import java.util.List;

/** Inputs shared by the DCF tests. */
final class DcfFixtures {

    private DcfFixtures() {}

    /** Three direct flows 100, 110, 121 at 10%, g = 2%, exit 8x on final EBITDA 200, 100 shares. */
    static DcfInput direct(boolean midYear) {
        return new DcfInput(
                null,
                null,
                List.of(
                        new DcfCashFlowYear(100.0, null, null),
                        new DcfCashFlowYear(110.0, null, null),
                        new DcfCashFlowYear(121.0, 200.0, 1000.0)),
                0.10,
                null,
                0.02,
                8.0,
                midYear,
                new EquityBridgeInput(300.0, 20.0, 10.0, 50.0, 100.0),
                null);
    }

    /** Five driver years from revenue 1000; WACC from CAPM. */
    static DcfInput drivers() {
        DcfDriverYear year = new DcfDriverYear(0.10, null, 0.20, 0.25, 0.06, 0.05, 0.10);
        return new DcfInput(
                1000.0,
                List.of(year, year, year, year, year),
                null,
                null,
                new CostOfCapitalInput(0.04, 1.2, 0.05, 0.01, 0.005, 0.06, 0.25, 0.3),
                0.025,
                9.0,
                true,
                new EquityBridgeInput(200.0, null, null, null, 50.0),
                new DcfSensitivityInput(0.005, 0.0025, 2));
    }
}
