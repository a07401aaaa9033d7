package com.gridvault.models.quant.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Quantiles against standard tables (e.g. Abramowitz and Stegun, table 26.5) to 1e-8. */
class NormalTest {

    @Test
    void inverseCdfMatchesTableQuantiles() {
        assertThat(Normal.inverseCdf(0.5)).isCloseTo(0, within(1e-12));
        assertThat(Normal.inverseCdf(0.95)).isCloseTo(1.6448536269514722, within(1e-8));
        assertThat(Normal.inverseCdf(0.975)).isCloseTo(1.959963984540054, within(1e-8));
        assertThat(Normal.inverseCdf(0.99)).isCloseTo(2.3263478740408408, within(1e-8));
        assertThat(Normal.inverseCdf(0.01)).isCloseTo(-2.3263478740408408, within(1e-8));
        assertThat(Normal.inverseCdf(0.999)).isCloseTo(3.090232306167813, within(1e-8));
    }

    @Test
    void rejectsProbabilitiesOutsideTheOpenInterval() {
        assertThatThrownBy(() -> Normal.inverseCdf(1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Normal.inverseCdf(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
