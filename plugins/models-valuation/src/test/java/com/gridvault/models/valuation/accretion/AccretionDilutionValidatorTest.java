package com.gridvault.models.valuation.accretion;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gridvault.plugin.api.validation.FieldError;
import com.gridvault.plugin.api.validation.InvalidInputException;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class AccretionDilutionValidatorTest {

    @Test
    void acceptsTheFixtures() {
        assertThatCode(() -> AccretionDilutionValidator.DEFAULT.validate(AccretionFixtures.deal(
                        AccretionFixtures.mixed(), 60.0, List.of(0.5, 1.0, 1.0), List.of(20.0, 0.0, 0.0))))
                .doesNotThrowAnyException();
    }

    @Test
    void mixFractionsMustSumToOne() {
        assertPaths(AccretionFixtures.deal(new ConsiderationMix(0.5, 0.4, 0.2), null, null, null), "consideration");
    }

    @Test
    void namesEveryBadFieldAtOnce() {
        AccretionDilutionInput in = new AccretionDilutionInput(
                0.0,
                -100.0,
                Arrays.asList(500.0, Double.NaN, null),
                Double.NaN,
                -1.0,
                List.of(100.0, 110.0),
                25.0,
                0.25,
                new ConsiderationMix(1.2, null, 0.0),
                Double.NaN,
                -0.01,
                1.0,
                -5.0,
                List.of(0.5, 1.5),
                List.of(-1.0, 0.0, 0.0));

        assertPaths(
                in,
                "acquirerSharePrice",
                "acquirerShares",
                "acquirerNetIncome[1]",
                "acquirerNetIncome[2]",
                "targetSharePrice",
                "targetShares",
                "targetNetIncome",
                "offerPricePerShare",
                "consideration.cashFraction",
                "consideration.stockFraction",
                "newDebtInterestRate",
                "cashInterestRate",
                "taxRate",
                "runRateSynergies",
                "synergyPhaseIn",
                "synergyPhaseIn[1]",
                "integrationCosts[0]");
    }

    @Test
    void ratesAreRequiredOnlyForTheFinancingUsed() {
        AccretionDilutionInput b = AccretionFixtures.deal(new ConsiderationMix(0.5, 0.0, 0.5), null, null, null);
        AccretionDilutionInput in = new AccretionDilutionInput(
                b.acquirerSharePrice(),
                b.acquirerShares(),
                b.acquirerNetIncome(),
                b.targetSharePrice(),
                b.targetShares(),
                b.targetNetIncome(),
                null,
                -1.5,
                b.consideration(),
                null,
                null,
                0.25,
                null,
                null,
                null);

        assertPaths(in, "offerPremium", "newDebtInterestRate", "cashInterestRate");
    }

    @Test
    void emptyYearsAndNullInput() {
        AccretionDilutionInput b = AccretionFixtures.deal(AccretionFixtures.allStock(), null, null, null);
        AccretionDilutionInput in = new AccretionDilutionInput(
                b.acquirerSharePrice(),
                b.acquirerShares(),
                List.of(),
                b.targetSharePrice(),
                b.targetShares(),
                null,
                null,
                0.2,
                b.consideration(),
                null,
                null,
                0.25,
                null,
                null,
                null);

        assertPaths(in, "acquirerNetIncome", "targetNetIncome");
        assertPaths(null, "$");
    }

    static void assertPaths(AccretionDilutionInput in, String... paths) {
        assertThatThrownBy(() -> AccretionDilutionValidator.DEFAULT.validate(in))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> Assertions.assertThat(e.errors())
                        .extracting(FieldError::path)
                        .containsExactlyInAnyOrder(paths));
    }
}
