package com.gridvault.models.derivatives.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GaussianSamplerTest {

    @Test
    void sameStreamGivesTheSameDraws() {
        GaussianSampler a = new GaussianSampler(new SplittableRandom(5));
        GaussianSampler b = new GaussianSampler(new SplittableRandom(5));
        for (int i = 0; i < 1000; i++) {
            assertThat(Double.doubleToRawLongBits(a.next())).isEqualTo(Double.doubleToRawLongBits(b.next()));
        }
    }

    @Test
    void drawsHaveStandardNormalMoments() {
        // For n = 400,000 draws the sample mean has standard deviation 1/sqrt(n) = 0.0016, the sample
        // variance sqrt(2/n) = 0.0022 and the fourth moment sqrt(96/n) = 0.015; the bounds are 4 of those.
        GaussianSampler sampler = new GaussianSampler(new SplittableRandom(2024));
        int n = 400_000;
        double sum = 0;
        double squares = 0;
        double fourth = 0;
        int belowMinusOneNinetySix = 0;
        for (int i = 0; i < n; i++) {
            double z = sampler.next();
            sum += z;
            squares += z * z;
            fourth += z * z * z * z;
            if (z < -1.959963984540054) {
                belowMinusOneNinetySix++;
            }
        }
        assertThat(sum / n).isCloseTo(0.0, within(0.0064));
        assertThat(squares / n).isCloseTo(1.0, within(0.009));
        assertThat(fourth / n).isCloseTo(3.0, within(0.06));
        assertThat((double) belowMinusOneNinetySix / n).isCloseTo(0.025, within(0.001));
    }
}
