package com.gridvault.models.valuation.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SensitivityAxisTest {

    @Test
    void centredAxisHasTheBaseExactlyInTheMiddle() {
        List<Double> axis = SensitivityAxis.centred(0.0905, 0.005, 2);

        assertThat(axis).hasSize(5);
        assertThat(axis.get(2)).isEqualTo(0.0905);
        assertThat(axis.get(0)).isCloseTo(0.0805, within(1e-15));
        assertThat(axis.get(4)).isCloseTo(0.1005, within(1e-15));
    }

    @Test
    void gridPointCountDoesNotOverflow() {
        assertThat(SensitivityAxis.squareGridPoints(0)).isEqualTo(1);
        assertThat(SensitivityAxis.squareGridPoints(2)).isEqualTo(25);
        assertThat(SensitivityAxis.squareGridPoints(Integer.MAX_VALUE)).isPositive();
    }
}
