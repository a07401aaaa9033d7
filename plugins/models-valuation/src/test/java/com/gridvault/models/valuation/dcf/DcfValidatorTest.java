package com.gridvault.models.valuation.dcf;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gridvault.plugin.api.model.ModelLimits;
import com.gridvault.plugin.api.validation.FieldError;
import com.gridvault.plugin.api.validation.InvalidInputException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class DcfValidatorTest {

    private final DcfValidator validator = DcfValidator.DEFAULT;

    @Test
    void acceptsTheFixtures() {
        assertThatCode(() -> validator.validate(DcfFixtures.direct(true), ModelLimits.DEFAULT))
                .doesNotThrowAnyException();
        assertThatCode(() -> validator.validate(DcfFixtures.drivers(), ModelLimits.DEFAULT))
                .doesNotThrowAnyException();
    }

    @Test
    void namesEveryBadFieldAtOnce() {
        DcfInput in = new DcfInput(
                null,
                null,
                List.of(new DcfCashFlowYear(Double.NaN, null, null), new DcfCashFlowYear(1.0, null, null)),
                0.05,
                null,
                0.06,
                Double.POSITIVE_INFINITY,
                null,
                new EquityBridgeInput(Double.NaN, -1.0, null, null, -100.0),
                new DcfSensitivityInput(-0.01, null, 200));

        assertPaths(
                in,
                ModelLimits.DEFAULT,
                "cashFlowYears[0].unleveredFreeCashFlow",
                "cashFlowYears[1].ebitda",
                "terminalGrowth",
                "exitMultiple",
                "bridge.netDebt",
                "bridge.minorityInterest",
                "bridge.dilutedShares",
                "sensitivity.waccStep",
                "sensitivity.stepsEachSide");
    }

    @Test
    void waccMustExceedTerminalGrowthAlsoWhenBuiltFromCapm() {
        DcfInput base = DcfFixtures.drivers();
        // WACC from the fixture's CAPM inputs is 0.094.
        DcfInput in = new DcfInput(
                base.baseRevenue(),
                base.driverYears(),
                null,
                null,
                base.costOfCapital(),
                0.094,
                base.exitMultiple(),
                true,
                base.bridge(),
                null);

        assertPaths(in, ModelLimits.DEFAULT, "terminalGrowth");
    }

    @Test
    void driverYearsAreCheckedOneByOne() {
        DcfInput base = DcfFixtures.drivers();
        List<DcfDriverYear> years = new ArrayList<>(base.driverYears());
        years.set(1, new DcfDriverYear(-1.5, 0.1, 0.2, 1.0, -0.1, null, Double.NaN));
        years.set(3, null);
        DcfInput in = new DcfInput(
                -5.0,
                years,
                null,
                null,
                new CostOfCapitalInput(0.04, Double.NaN, 0.05, null, null, 0.06, 0.25, 1.5),
                0.02,
                8.0,
                null,
                base.bridge(),
                null);

        assertPaths(
                in,
                ModelLimits.DEFAULT,
                "baseRevenue",
                "driverYears[1].revenueGrowth",
                "driverYears[1].ebitMargin",
                "driverYears[1].taxRate",
                "driverYears[1].capexPctRevenue",
                "driverYears[1].nwcPctChangeInRevenue",
                "driverYears[3]",
                "costOfCapital.beta",
                "costOfCapital.debtWeight");
    }

    @Test
    void projectionAndDiscountRateMustBeGivenExactlyOnce() {
        DcfInput empty = new DcfInput(
                1000.0,
                List.of(),
                null,
                null,
                null,
                0.02,
                8.0,
                null,
                new EquityBridgeInput(null, null, null, null, 1.0),
                null);
        assertPaths(empty, ModelLimits.DEFAULT, "driverYears", "wacc");

        DcfInput both = new DcfInput(
                1000.0,
                DcfFixtures.drivers().driverYears(),
                DcfFixtures.direct(false).cashFlowYears(),
                0.1,
                DcfFixtures.drivers().costOfCapital(),
                0.02,
                8.0,
                null,
                null,
                null);
        assertPaths(both, ModelLimits.DEFAULT, "cashFlowYears", "wacc", "bridge");
    }

    @Test
    void rejectsMoreYearsThanTheCap() {
        DcfInput base = DcfFixtures.direct(false);
        DcfInput in = new DcfInput(
                null,
                null,
                Collections.nCopies(51, new DcfCashFlowYear(1.0, 1.0, null)),
                0.1,
                null,
                0.02,
                8.0,
                null,
                base.bridge(),
                null);

        assertPaths(in, ModelLimits.DEFAULT, "cashFlowYears");
    }

    @Test
    void rejectsAGridAboveTheOperatorLimit() {
        DcfInput base = DcfFixtures.drivers();
        // 2 steps each side = 25 points, above a limit of 24.
        assertPaths(base, new ModelLimits(10, 24, 10, 10), "sensitivity.stepsEachSide");
    }

    @Test
    void rejectsANullInput() {
        assertPaths(null, ModelLimits.DEFAULT, "$");
    }

    static void assertPaths(DcfInput in, ModelLimits limits, String... paths) {
        assertThatThrownBy(() -> DcfValidator.DEFAULT.validate(in, limits))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> Assertions.assertThat(e.errors())
                        .extracting(FieldError::path)
                        .containsExactlyInAnyOrder(paths));
    }
}
