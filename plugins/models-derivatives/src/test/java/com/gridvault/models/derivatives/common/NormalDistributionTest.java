package com.gridvault.models.derivatives.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.data.Percentage.withPercentage;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NormalDistributionTest {

    // Expected values: mpmath 1.3 ncdf/npdf at 30 significant digits, rounded to 17 (they agree with R's
    // pnorm/dnorm and with Abramowitz and Stegun, table 26.1, to the digits printed there).
    @ParameterizedTest
    @CsvSource({
        "-20, 2.7536241186062337e-89, 5.5209483621597632e-88",
        "-8, 6.2209605742717841e-16, 5.0522710835368923e-15",
        "-5.7, 5.9903714010635344e-9, 3.5139550948204372e-8",
        "-3, 0.0013498980316300945, 0.0044318484119380072",
        "-1, 0.15865525393145705, 0.24197072451914335",
        "-0.5, 0.3085375387259869, 0.35206532676429948",
        "0, 0.5, 0.39894228040143268",
        "0.3, 0.61791142218895264, 0.38138781546052409",
        "0.67, 0.74857110490468989, 0.31873713847540153",
        "1.96, 0.97500210485177957, 0.05844094433345146",
        "3, 0.99865010196836991, 0.0044318484119380072",
        "6, 0.99999999901341235, 6.0758828498232855e-9"
    })
    void matchesHighPrecisionValues(double x, double cdf, double pdf) {
        assertThat(NormalDistribution.cdf(x)).isCloseTo(cdf, withPercentage(1e-12));
        assertThat(NormalDistribution.pdf(x)).isCloseTo(pdf, withPercentage(1e-12));
    }

    @ParameterizedTest
    @CsvSource({"0.1", "0.8", "2.5", "5.5", "7", "12"})
    void isSymmetric(double x) {
        assertThat(NormalDistribution.cdf(x) + NormalDistribution.cdf(-x)).isCloseTo(1.0, within(1e-15));
    }

    @ParameterizedTest
    @CsvSource({"-1000", "-39", "39", "1000"})
    void saturatesFarOut(double x) {
        assertThat(NormalDistribution.cdf(x)).isEqualTo(x < 0 ? 0.0 : 1.0);
    }
}
