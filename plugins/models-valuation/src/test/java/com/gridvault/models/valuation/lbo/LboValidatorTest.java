package com.gridvault.models.valuation.lbo;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gridvault.plugin.api.model.ModelLimits;
import com.gridvault.plugin.api.validation.FieldError;
import com.gridvault.plugin.api.validation.InvalidInputException;
import java.util.Collections;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class LboValidatorTest {

    @Test
    void acceptsTheFixtures() {
        assertThatCode(() -> LboValidator.DEFAULT.validate(LboFixtures.base(), ModelLimits.DEFAULT))
                .doesNotThrowAnyException();
        assertThatCode(() -> LboValidator.DEFAULT.validate(LboFixtures.singleTermLoan(true, 0.5), ModelLimits.DEFAULT))
                .doesNotThrowAnyException();
    }

    @Test
    void namesEveryBadFieldAtOnce() {
        LboInput in = new LboInput(
                -1.0,
                Double.NaN,
                8.0,
                -5.0,
                null,
                null,
                1.2,
                List.of(LboFixtures.STEADY, new LboOperatingYear(-2.0, Double.POSITIVE_INFINITY, -0.1, null, null)),
                List.of(
                        new DebtTrancheInput("R", TrancheType.REVOLVER, 60.0, 0.05, null, 50.0, null),
                        new DebtTrancheInput("R", TrancheType.REVOLVER, null, -0.01, null, null, null),
                        new DebtTrancheInput(" ", null, -1.0, 0.07, null, null, null),
                        new DebtTrancheInput("TL", TrancheType.TERM_LOAN, 100.0, 0.07, 1.5, null, null)),
                1.5,
                3,
                0.0,
                null,
                -1e-6,
                0,
                new LboSensitivityInput(null, -0.5, -1));

        assertPaths(
                in,
                ModelLimits.DEFAULT,
                "entryRevenue",
                "entryEbitda",
                "transactionFees",
                "taxRate",
                "years[1].revenueGrowth",
                "years[1].ebitdaMargin",
                "years[1].daPctRevenue",
                "exitYear",
                "tranches[0].amount",
                "tranches[1].name",
                "tranches[1].type",
                "tranches[1].interestRate",
                "tranches[1].commitment",
                "tranches[2].name",
                "tranches[2].type",
                "tranches[2].amount",
                "tranches[3].amortizationPct",
                "cashSweepPct",
                "exitMultiple",
                "tolerance",
                "maxIterations",
                "sensitivity.exitMultipleStep",
                "sensitivity.stepsEachSide");
    }

    @Test
    void debtAboveUsesLeavesNoSponsorEquity() {
        LboInput b = LboFixtures.base();
        LboInput in = new LboInput(
                b.entryRevenue(),
                b.entryEbitda(),
                5.0,
                b.transactionFees(),
                b.financingFees(),
                b.minimumCash(),
                b.taxRate(),
                b.years(),
                b.tranches(),
                null,
                null,
                b.exitMultiple(),
                null,
                null,
                null,
                null);

        // Uses 500 + 40 = 540, debt 550.
        assertPaths(in, ModelLimits.DEFAULT, "tranches");
    }

    @Test
    void projectionYearsMustBePresentAndCapped() {
        LboInput b = LboFixtures.base();
        assertPaths(LboFixtures.withYears(List.of(), null), ModelLimits.DEFAULT, "years");
        assertPaths(
                LboFixtures.withYears(Collections.nCopies(51, LboFixtures.STEADY), null), ModelLimits.DEFAULT, "years");
        assertPaths(
                LboFixtures.withYears(b.years(), new LboSensitivityInput(null, null, 50)),
                ModelLimits.DEFAULT,
                "sensitivity.stepsEachSide");
    }

    @Test
    void gridMustFitTheOperatorLimit() {
        assertPaths(
                LboFixtures.withYears(LboFixtures.base().years(), new LboSensitivityInput(null, null, 1)),
                new ModelLimits(10, 8, 10, 10),
                "sensitivity.stepsEachSide");
    }

    static void assertPaths(LboInput in, ModelLimits limits, String... paths) {
        assertThatThrownBy(() -> LboValidator.DEFAULT.validate(in, limits))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> Assertions.assertThat(e.errors())
                        .extracting(FieldError::path)
                        .containsExactlyInAnyOrder(paths));
    }
}
