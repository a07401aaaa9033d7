package com.gridvault.models.quant;

import com.gridvault.models.quant.series.Bar;
import java.time.ZoneOffset;
import java.util.List;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.num.DoubleNum;

/** Converts test bars to a ta4j 0.17 series with {@link DoubleNum}, the reference in cross-checks. */
public final class Ta4jBars {

    private Ta4jBars() {}

    /**
     * Builds the ta4j series.
     *
     * @param bars the bars
     * @return the same bars as a ta4j series
     */
    public static BarSeries of(List<Bar> bars) {
        BarSeries series =
                new BaseBarSeriesBuilder().withNumTypeOf(DoubleNum.class).build();
        for (Bar b : bars) {
            series.addBar(b.time().atZone(ZoneOffset.UTC), b.open(), b.high(), b.low(), b.close(), b.volume());
        }
        return series;
    }
}
