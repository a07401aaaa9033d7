package com.gridvault.models.quant.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.gridvault.models.quant.TestBars;
import com.gridvault.models.quant.series.PriceSeries;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Metric definitions on hand-checkable equity curves. Sharpe: W. F. Sharpe, "The Sharpe Ratio"
 * (1994), mean excess return over its standard deviation, annualised by sqrt(periods per year) (A.
 * Lo, FAJ 2002). Sortino: F. Sortino and L. Price (1994), downside deviation over all observations
 * with target 0. Max drawdown: largest peak-to-trough fall, e.g. Bacon, <i>Practical Portfolio
 * Performance Measurement</i>, ch. 4.
 */
class MetricsCalculatorTest {

    private static final double EPS = 1e-9;

    private static BacktestMetrics metrics(double[] equity, int barsPerYear, List<Trade> trades) {
        PriceSeries times = PriceSeries.of(TestBars.flat(equity));
        BacktestSettings s = new BacktestSettings(equity[0], null, null, null, barsPerYear, 0.0).withDefaults();
        return MetricsCalculator.DEFAULT.calculate(times, equity, new double[equity.length], trades, s);
    }

    @Test
    void sharpeSortinoCagrAndCalmarOfAThreeReturnCurve() {
        // returns +10%, -10%, +20%: mean 1/15; sample variance (1/30^2 + 1/6^2 + 2/15^2) / 2 = 7/300
        // Sharpe (1 period a year) = (1/15) / sqrt(7/300) = 0.4364357804719847
        // downside deviation = sqrt(0.01 / 3); Sortino = (1/15) / sqrt(1/300) = 2/sqrt(3) = 1.1547005383792517
        BacktestMetrics m = metrics(new double[] {100, 110, 99, 118.8}, 1, List.of());
        assertThat(m.sharpe()).isCloseTo(0.4364357804719847, within(EPS));
        assertThat(m.sortino()).isCloseTo(1.1547005383792517, within(EPS));
        assertThat(m.annualisedVolatility()).isCloseTo(Math.sqrt(7.0 / 300), within(EPS));
        // 3 periods at 1 per year: CAGR = 1.188^(1/3) - 1
        assertThat(m.cagr()).isCloseTo(Math.cbrt(1.188) - 1, within(EPS));
        assertThat(m.totalReturn()).isCloseTo(0.188, within(EPS));
        assertThat(m.maxDrawdown()).isCloseTo(0.10, within(EPS)); // 110 -> 99
        assertThat(m.calmar()).isCloseTo((Math.cbrt(1.188) - 1) / 0.10, within(EPS));
    }

    @Test
    void annualisationScalesSharpeBySqrtOfBarsPerYear() {
        BacktestMetrics daily = metrics(new double[] {100, 110, 99, 118.8}, 252, List.of());
        // 0.4364357804719847 x sqrt(252) = 4 sqrt(3)
        assertThat(daily.sharpe()).isCloseTo(4 * Math.sqrt(3), within(EPS));
    }

    @Test
    void maxDrawdownAndItsDurationFromPeakToRecovery() {
        // peaks 120 at bar 1, trough 80 at bar 4 (-33.3%), back above 120 at bar 5
        BacktestMetrics m = metrics(new double[] {100, 120, 90, 100, 80, 130}, 252, List.of());
        assertThat(m.maxDrawdown()).isCloseTo(1.0 / 3, within(EPS));
        assertThat(m.maxDrawdownDurationBars()).isEqualTo(4);
        // bars 1 (Tue 2024-01-02) to 5 (Mon 2024-01-08) skip a weekend: 6 calendar days
        assertThat(m.maxDrawdownDuration()).isEqualTo(Duration.ofDays(6));
    }

    @Test
    void anUnrecoveredDrawdownLastsUntilTheLastBar() {
        BacktestMetrics m = metrics(new double[] {100, 120, 60, 70}, 252, List.of());
        assertThat(m.maxDrawdown()).isCloseTo(0.5, within(EPS));
        assertThat(m.maxDrawdownDurationBars()).isEqualTo(2);
    }

    @Test
    void aRisingCurveHasNoDrawdownAndNoCalmar() {
        BacktestMetrics m = metrics(new double[] {100, 101, 102}, 252, List.of());
        assertThat(m.maxDrawdown()).isZero();
        assertThat(m.maxDrawdownDurationBars()).isZero();
        assertThat(m.calmar()).isNull();
    }

    @Test
    void winRateAndProfitFactorFromTrades() {
        List<Trade> trades = List.of(trade(10), trade(-5), trade(20), trade(-5));
        BacktestMetrics m = metrics(new double[] {100, 101, 102}, 252, trades);
        assertThat(m.winRate()).isCloseTo(0.5, within(EPS));
        assertThat(m.profitFactor()).isCloseTo(3.0, within(EPS)); // 30 / 10
        assertThat(m.numberOfTrades()).isEqualTo(4);
        assertThat(metrics(new double[] {100, 101}, 252, List.of(trade(1))).profitFactor())
                .as("undefined without losses")
                .isNull();
    }

    private static Trade trade(double pnl) {
        Instant t = Instant.EPOCH;
        return new Trade(Side.LONG, 0, t, 1, 1, t, 1, 1, pnl, 0, false);
    }
}
