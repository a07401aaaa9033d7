package com.gridvault.models.quant.series;

import static org.assertj.core.api.Assertions.assertThat;

import com.gridvault.models.quant.TestBars;
import com.gridvault.plugin.api.model.ModelLimits;
import com.gridvault.plugin.api.validation.FieldError;
import com.gridvault.plugin.api.validation.FieldErrors;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BarsValidatorTest {

    private static List<String> paths(List<Bar> bars, ModelLimits limits) {
        FieldErrors errors = FieldErrors.create();
        BarsValidator.validate(errors, "bars", bars, limits);
        return errors.errors().stream().map(FieldError::path).toList();
    }

    private static List<String> paths(List<Bar> bars) {
        return paths(bars, ModelLimits.DEFAULT);
    }

    @Test
    void validBarsWithWeekendGapsPass() {
        assertThat(paths(TestBars.gbm(30, 1))).isEmpty();
    }

    @Test
    void namesEveryNonFiniteOrNonPositiveField() {
        List<Bar> bars = new ArrayList<>(TestBars.gbm(20, 1));
        Bar b = bars.get(17);
        bars.set(17, new Bar(b.time(), b.open(), b.high(), b.low(), Double.NaN, b.volume()));
        Bar c = bars.get(3);
        bars.set(3, new Bar(c.time(), Double.POSITIVE_INFINITY, c.high(), c.low(), c.close(), -1));
        Bar d = bars.get(5);
        bars.set(5, new Bar(d.time(), 0, 0, 0, 0, 0));

        assertThat(paths(bars))
                .containsExactly(
                        "bars[3].open",
                        "bars[3].volume",
                        "bars[5].open",
                        "bars[5].high",
                        "bars[5].low",
                        "bars[5].close",
                        "bars[17].close");
    }

    @Test
    void rejectsInconsistentRanges() {
        Instant t = Instant.parse("2024-01-01T00:00:00Z");
        List<Bar> bars = List.of(
                new Bar(t, 10, 9, 11, 10, 1), // high < low
                new Bar(t.plusSeconds(60), 12, 11, 9, 8, 1)); // open above high, close below low
        assertThat(paths(bars)).containsExactly("bars[0].high", "bars[1].open", "bars[1].close");
    }

    @Test
    void rejectsUnsortedDuplicatedAndMissingTimestamps() {
        Instant t = Instant.parse("2024-01-01T00:00:00Z");
        List<Bar> bars = new ArrayList<>();
        bars.add(new Bar(t, 1, 1, 1, 1, 1));
        bars.add(new Bar(t, 1, 1, 1, 1, 1)); // duplicate
        bars.add(new Bar(t.minusSeconds(1), 1, 1, 1, 1, 1)); // unsorted
        bars.add(new Bar(null, 1, 1, 1, 1, 1));
        bars.add(null);
        assertThat(paths(bars)).containsExactly("bars[1].time", "bars[2].time", "bars[3].time", "bars[4]");
    }

    @Test
    void rejectsEmptySingleMissingAndOversizedSeries() {
        assertThat(paths(List.of())).containsExactly("bars");
        assertThat(paths(TestBars.flat(1))).containsExactly("bars");
        assertThat(paths(null)).containsExactly("bars");
        assertThat(paths(TestBars.flat(1, 2, 3), new ModelLimits(2, 10, 10, 10)))
                .containsExactly("bars");
    }
}
