package com.gridvault.plugin.api.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FieldErrorsTest {

    @Test
    void collectsEveryInvalidFieldBeforeThrowing() {
        FieldErrors errors = FieldErrors.create()
                .positive("volatility", -0.2)
                .positive("timeToExpiry", 0)
                .finite("rate", Double.NaN)
                .nonNegative("dividendYield", Double.POSITIVE_INFINITY)
                .between("confidence", 1.5, 0, 1)
                .positive("spot", 100);

        assertThat(errors.errors())
                .extracting(FieldError::path)
                .containsExactly("volatility", "timeToExpiry", "rate", "dividendYield", "confidence");
        assertThatThrownBy(errors::throwIfAny)
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .hasSize(5)
                        .first()
                        .isEqualTo(new FieldError("volatility", "must be greater than 0, was -0.2")))
                .hasMessageContaining("rate: must be a finite number, was NaN");
    }

    @Test
    void passesWhenEverythingIsValid() {
        FieldErrors errors =
                FieldErrors.create().positive("spot", 100).notNull("name", "x").notEmpty("bars", List.of(1));
        assertThat(errors.hasErrors()).isFalse();
        errors.throwIfAny();
    }

    @Test
    void reportsMissingAndEmptyCollectionsDifferently() {
        FieldErrors errors = FieldErrors.create().notEmpty("bars", null).notEmpty("legs", List.of());
        assertThat(errors.errors())
                .containsExactly(new FieldError("bars", "is required"), new FieldError("legs", "must not be empty"));
    }

    @Test
    void exceptionRequiresAtLeastOneError() {
        assertThatThrownBy(() -> new InvalidInputException(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
