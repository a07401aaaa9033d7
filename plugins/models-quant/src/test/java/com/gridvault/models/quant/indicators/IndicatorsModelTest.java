package com.gridvault.models.quant.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.gridvault.models.quant.TestBars;
import com.gridvault.models.quant.series.Bar;
import com.gridvault.plugin.api.model.ModelContext;
import com.gridvault.plugin.api.validation.FieldError;
import com.gridvault.plugin.api.validation.InvalidInputException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndicatorsModelTest {

    private final IndicatorsModel model = new IndicatorsModel();
    private final List<Bar> bars = TestBars.gbm(60, 2);

    @Test
    void returnsNamedLinesAlignedWithTheBarsWithNullDuringWarmUp() {
        IndicatorsOutput out = model.run(
                new IndicatorsInput(
                        bars,
                        List.of(
                                IndicatorSpec.of(IndicatorType.SMA, 10),
                                new IndicatorSpec(IndicatorType.MACD, null, null, null, null, null)),
                        null),
                ModelContext.standalone());

        assertThat(out.times()).hasSize(60).startsWith(bars.get(0).time());
        IndicatorSeries sma = out.series().get(0);
        assertThat(sma.label()).isEqualTo("SMA(10)");
        List<Double> values = sma.lines().get("value");
        assertThat(values).hasSize(60);
        assertThat(values.subList(0, 9)).containsOnlyNulls();
        assertThat(values.subList(9, 60)).doesNotContainNull();
        IndicatorSeries macd = out.series().get(1);
        assertThat(macd.label()).isEqualTo("MACD(12,26,9)");
        assertThat(macd.lines()).containsOnlyKeys("macd", "signal", "histogram");
        assertThat(macd.lines().get("signal").get(33)).isNotNull();
        assertThat(macd.lines().get("signal").get(32)).isNull();
    }

    @Test
    void namesEveryBadSpec() {
        List<IndicatorSpec> specs = Arrays.asList(
                IndicatorSpec.of(IndicatorType.SMA, 61),
                IndicatorSpec.of(IndicatorType.VOLATILITY, 1),
                new IndicatorSpec(IndicatorType.BOLLINGER, 0, null, null, null, -2.0),
                new IndicatorSpec(IndicatorType.MACD, null, 0, 100, null, null),
                new IndicatorSpec(null, 5, null, null, null, null),
                null);
        InvalidInputException e = catchThrowableOfType(
                InvalidInputException.class,
                () -> model.run(new IndicatorsInput(bars, specs, 0), ModelContext.standalone()));

        assertThat(e.errors())
                .extracting(FieldError::path)
                .containsExactly(
                        "barsPerYear",
                        "indicators[0].period",
                        "indicators[1].period",
                        "indicators[2].multiplier",
                        "indicators[2].period",
                        "indicators[3].fastPeriod",
                        "indicators[3].slowPeriod",
                        "indicators[4].type",
                        "indicators[5]");
    }

    @Test
    void requiresAtLeastOneIndicator() {
        InvalidInputException e = catchThrowableOfType(
                InvalidInputException.class,
                () -> model.run(new IndicatorsInput(bars, List.of(), null), ModelContext.standalone()));
        assertThat(e.errors()).extracting(FieldError::path).containsExactly("indicators");
    }
}
