package com.gridvault.models.quant.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Hand-checkable indicator values; each expected number is worked out in the comment beside it. */
class IndicatorsTest {

    private static final double EPS = 1e-12;

    @Test
    void smaIsTheWindowMean() {
        double[] sma = Indicators.DEFAULT.sma(new double[] {1, 2, 3, 4, 5}, 3);
        assertThat(sma[0]).isNaN();
        assertThat(sma[1]).isNaN();
        assertThat(sma[2]).isCloseTo(2, within(EPS)); // (1+2+3)/3
        assertThat(sma[3]).isCloseTo(3, within(EPS)); // (2+3+4)/3
        assertThat(sma[4]).isCloseTo(4, within(EPS)); // (3+4+5)/3
    }

    @Test
    void smaRunningSumDoesNotDriftOverAMillionValues() {
        double[] x = new double[1_000_000];
        for (int i = 0; i < x.length; i++) {
            x[i] = 100 + Math.sin(i) * 10 + i * 1e-4;
        }
        double[] sma = Indicators.DEFAULT.sma(x, 50);
        double direct = 0;
        for (int i = x.length - 50; i < x.length; i++) {
            direct += x[i];
        }
        assertThat(sma[x.length - 1]).isCloseTo(direct / 50, within(1e-10));
    }

    @Test
    void emaIsSeededWithTheSmaThenSmoothed() {
        // period 3: alpha = 2/4 = 0.5; seed = (2+4+6)/3 = 4; then 4 + 0.5 (8 - 4) = 6; 6 + 0.5 (12 - 6) = 9
        double[] ema = Indicators.DEFAULT.ema(new double[] {2, 4, 6, 8, 12}, 3);
        assertThat(ema[1]).isNaN();
        assertThat(ema[2]).isCloseTo(4, within(EPS));
        assertThat(ema[3]).isCloseTo(6, within(EPS));
        assertThat(ema[4]).isCloseTo(9, within(EPS));
    }

    @Test
    void rsiUsesWilderSmoothing() {
        // changes: +1, -1, +2, +1 ; period 2 -> seed avgGain = (1+0)/2 = 0.5, avgLoss = (0+1)/2 = 0.5 -> RSI 50
        // next: avgGain = 0.5 + (2 - 0.5)/2 = 1.25, avgLoss = 0.5 + (0 - 0.5)/2 = 0.25 -> RS 5 -> 100 - 100/6
        // next: avgGain = 1.25 + (1 - 1.25)/2 = 1.125, avgLoss = 0.125 -> RS 9 -> 90
        double[] rsi = Indicators.DEFAULT.rsi(new double[] {10, 11, 10, 12, 13}, 2);
        assertThat(rsi[1]).isNaN();
        assertThat(rsi[2]).isCloseTo(50, within(EPS));
        assertThat(rsi[3]).isCloseTo(100 - 100.0 / 6, within(EPS));
        assertThat(rsi[4]).isCloseTo(90, within(EPS));
    }

    @Test
    void rsiIsHundredWithoutLossesAndFiftyWithoutChange() {
        assertThat(Indicators.DEFAULT.rsi(new double[] {1, 2, 3, 4}, 2)[3]).isEqualTo(100);
        assertThat(Indicators.DEFAULT.rsi(new double[] {5, 5, 5, 5}, 2)[3]).isEqualTo(50);
    }

    @Test
    void bollingerUsesPopulationDeviation() {
        // window {2, 4, 4, 4, 5, 5, 7, 9}: mean 5, population variance 4, sd 2 (the textbook example)
        BollingerBands b = Indicators.DEFAULT.bollinger(new double[] {2, 4, 4, 4, 5, 5, 7, 9}, 8, 2);
        assertThat(b.middle()[7]).isCloseTo(5, within(EPS));
        assertThat(b.upper()[7]).isCloseTo(9, within(EPS));
        assertThat(b.lower()[7]).isCloseTo(1, within(EPS));
        assertThat(b.upper()[6]).isNaN();
    }

    @Test
    void atrSeedsWithTheMeanTrueRangeThenSmoothsWilderStyle() {
        double[] high = {11, 12, 15, 13};
        double[] low = {9, 10, 12, 11};
        double[] close = {10, 11, 14, 12};
        // TR: 2 (first bar: high-low), max(2, |12-10|, |10-10|) = 2, max(3, |15-11|, |12-11|) = 4, max(2, 1, 3) = 3
        // period 2: seed (2+2)/2 = 2; then 2 + (4-2)/2 = 3; then 3 + (3-3)/2 = 3
        double[] atr = Indicators.DEFAULT.atr(high, low, close, 2);
        assertThat(atr[0]).isNaN();
        assertThat(atr[1]).isCloseTo(2, within(EPS));
        assertThat(atr[2]).isCloseTo(3, within(EPS));
        assertThat(atr[3]).isCloseTo(3, within(EPS));
    }

    @Test
    void macdLinesStartWhenTheirAveragesAreSeeded() {
        double[] x = {1, 2, 3, 4, 5, 6, 7};
        MacdLines m = Indicators.DEFAULT.macd(x, 2, 3, 2);
        // EMA(2) seed at [1] = 1.5, then alpha 2/3: [2] = 2.5; EMA(3) seed at [2] = 2 -> line[2] = 0.5
        assertThat(m.line()[1]).isNaN();
        assertThat(m.line()[2]).isCloseTo(0.5, within(EPS));
        // a linear ramp keeps both EMAs lagging by a constant: line stays 0.5, signal = 0.5, histogram 0
        assertThat(m.signal()[2]).isNaN();
        assertThat(m.signal()[3]).isCloseTo(0.5, within(EPS));
        assertThat(m.histogram()[6]).isCloseTo(0, within(EPS));
    }

    @Test
    void rollingVolatilityIsTheAnnualisedSampleDeviationOfLogReturns() {
        // log returns ln(1.1), ln(1/1.1) = +a, -a: mean 0, sample variance 2a^2 / 1, sd = a sqrt 2
        double a = Math.log(1.1);
        double[] vol = Indicators.DEFAULT.rollingVolatility(new double[] {100, 110, 100}, 2, 252);
        assertThat(vol[1]).isNaN();
        assertThat(vol[2]).isCloseTo(a * Math.sqrt(2) * Math.sqrt(252), within(EPS));
    }

    @Test
    void rateOfChangeLooksBackPeriodBars() {
        double[] roc = Indicators.DEFAULT.rateOfChange(new double[] {100, 105, 110, 99}, 2);
        assertThat(roc[1]).isNaN();
        assertThat(roc[2]).isCloseTo(0.10, within(EPS)); // 110 / 100 - 1
        assertThat(roc[3]).isCloseTo(99.0 / 105 - 1, within(EPS));
    }
}
