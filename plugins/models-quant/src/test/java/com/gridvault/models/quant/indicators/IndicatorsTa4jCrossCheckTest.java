package com.gridvault.models.quant.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.gridvault.models.quant.Ta4jBars;
import com.gridvault.models.quant.TestBars;
import com.gridvault.models.quant.series.PriceSeries;
import org.junit.jupiter.api.Test;
import org.ta4j.core.BarSeries;
import org.ta4j.core.Indicator;
import org.ta4j.core.indicators.ATRIndicator;
import org.ta4j.core.indicators.EMAIndicator;
import org.ta4j.core.indicators.MACDIndicator;
import org.ta4j.core.indicators.RSIIndicator;
import org.ta4j.core.indicators.SMAIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandsLowerIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandsMiddleIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandsUpperIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.indicators.statistics.StandardDeviationIndicator;
import org.ta4j.core.num.Num;

/**
 * Cross-checks every indicator against ta4j 0.17 (DoubleNum) on the same 1,000 GBM bars.
 *
 * <p>SMA and Bollinger Bands are windowed, so they must agree on every bar once the window is full.
 * The recursive indicators differ only in their seed: ta4j starts EMA, Wilder's RSI averages and
 * ATR at the first bar's value, we (like TA-Lib and Wilder's book) seed with the simple average of
 * the first {@code period} values and report NaN before. The seed difference decays by {@code (1 -
 * alpha)} per bar — below 1e-16 relative after 600 bars for every period used here — so those are
 * compared from bar {@value #CONVERGED} on, with the warm-up checked separately.
 */
class IndicatorsTa4jCrossCheckTest {

    private static final int CONVERGED = 600;
    private static final double TOLERANCE = 1e-9;

    private final PriceSeries series = PriceSeries.of(TestBars.gbm(1_000, 7));
    private final BarSeries ta4j = Ta4jBars.of(TestBars.gbm(1_000, 7));
    private final ClosePriceIndicator close = new ClosePriceIndicator(ta4j);
    private final double[] closes = series.closes();

    @Test
    void smaMatchesOnEveryFullWindow() {
        for (int period : new int[] {1, 5, 20, 50}) {
            double[] ours = Indicators.DEFAULT.sma(closes, period);
            assertWarmUp(ours, period - 1);
            assertMatches(ours, new SMAIndicator(close, period), period - 1);
        }
    }

    @Test
    void emaMatchesAfterTheSeedHasDecayed() {
        double[] ours = Indicators.DEFAULT.ema(closes, 20);
        assertWarmUp(ours, 19);
        assertMatches(ours, new EMAIndicator(close, 20), CONVERGED);
    }

    @Test
    void rsiMatchesAfterTheSeedHasDecayed() {
        double[] ours = Indicators.DEFAULT.rsi(closes, 14);
        assertWarmUp(ours, 14);
        assertMatches(ours, new RSIIndicator(close, 14), CONVERGED);
    }

    @Test
    void bollingerMatchesOnEveryFullWindow() {
        BollingerBands ours = Indicators.DEFAULT.bollinger(closes, 20, 2);
        var middle = new BollingerBandsMiddleIndicator(new SMAIndicator(close, 20));
        var deviation = new StandardDeviationIndicator(close, 20);
        var k = ta4j.numOf(2);
        assertWarmUp(ours.upper(), 19);
        assertMatches(ours.middle(), middle, 19);
        assertMatches(ours.upper(), new BollingerBandsUpperIndicator(middle, deviation, k), 19);
        assertMatches(ours.lower(), new BollingerBandsLowerIndicator(middle, deviation, k), 19);
    }

    @Test
    void macdLineSignalAndHistogramMatchAfterTheSeedHasDecayed() {
        MacdLines ours = Indicators.DEFAULT.macd(closes, 12, 26, 9);
        MACDIndicator macd = new MACDIndicator(close, 12, 26);
        EMAIndicator signal = new EMAIndicator(macd, 9);
        assertWarmUp(ours.line(), 25);
        assertWarmUp(ours.signal(), 25 + 8);
        assertMatches(ours.line(), macd, CONVERGED);
        assertMatches(ours.signal(), signal, CONVERGED);
        for (int i = CONVERGED; i < closes.length; i++) {
            double expected =
                    macd.getValue(i).doubleValue() - signal.getValue(i).doubleValue();
            assertThat(ours.histogram()[i]).as("histogram[%d]", i).isCloseTo(expected, within(TOLERANCE));
        }
    }

    @Test
    void atrMatchesAfterTheSeedHasDecayed() {
        double[] ours = Indicators.DEFAULT.atr(series.highs(), series.lows(), closes, 14);
        assertWarmUp(ours, 13);
        assertMatches(ours, new ATRIndicator(ta4j, 14), CONVERGED);
    }

    private static void assertWarmUp(double[] ours, int firstDefined) {
        for (int i = 0; i < firstDefined; i++) {
            assertThat(ours[i]).as("warm-up value [%d]", i).isNaN();
        }
        assertThat(ours[firstDefined]).as("first value [%d]", firstDefined).isFinite();
    }

    private void assertMatches(double[] ours, Indicator<Num> reference, int from) {
        for (int i = from; i < closes.length; i++) {
            assertThat(ours[i])
                    .as("value [%d]", i)
                    .isCloseTo(reference.getValue(i).doubleValue(), within(TOLERANCE));
        }
    }
}
