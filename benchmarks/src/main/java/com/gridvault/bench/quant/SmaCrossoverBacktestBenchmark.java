package com.gridvault.bench.quant;

import com.gridvault.models.quant.backtest.BacktestEngine;
import com.gridvault.models.quant.backtest.BacktestResult;
import com.gridvault.models.quant.backtest.BacktestSettings;
import com.gridvault.models.quant.backtest.PositionSizing;
import com.gridvault.models.quant.backtest.SizingMode;
import com.gridvault.models.quant.backtest.StrategySpec;
import com.gridvault.models.quant.backtest.StrategyType;
import com.gridvault.models.quant.backtest.TradeDirection;
import com.gridvault.models.quant.series.PriceSeries;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.BaseStrategy;
import org.ta4j.core.TradingRecord;
import org.ta4j.core.backtest.BarSeriesManager;
import org.ta4j.core.backtest.TradeOnNextOpenModel;
import org.ta4j.core.indicators.SMAIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.num.DoubleNum;
import org.ta4j.core.rules.CrossedDownIndicatorRule;
import org.ta4j.core.rules.CrossedUpIndicatorRule;

/**
 * SMA(20/50) crossover backtest, long only, one unit, no costs, over 1,000,000 seeded GBM bars.
 *
 * <p>Both sides get their series built once in {@link #setUp()}: Gridvault's primitive-array
 * {@link PriceSeries}, ta4j's {@link BarSeries} of {@link DoubleNum}. Each invocation then does the
 * whole backtest: ta4j builds fresh indicators (its caches would otherwise make later invocations
 * free) and runs {@link BarSeriesManager} with {@link TradeOnNextOpenModel}, the same next-open
 * fill rule as ours; Gridvault computes the SMAs, signals, fills, equity curve and all metrics. The
 * setup checks that both produce the same number of trades, so they do the same work.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class SmaCrossoverBacktestBenchmark {

    private static final int BARS = 1_000_000;

    private PriceSeries series;
    private BarSeries ta4jSeries;
    private StrategySpec spec;
    private BacktestSettings settings;

    /** Generates the bars (seeded GBM) and builds both series. */
    @Setup
    public void setUp() {
        Instant[] t = new Instant[BARS];
        double[] o = new double[BARS];
        double[] h = new double[BARS];
        double[] l = new double[BARS];
        double[] c = new double[BARS];
        double[] v = new double[BARS];
        SplittableRandom random = new SplittableRandom(20_240_101L);
        double dt = 1.0 / 252;
        double sigma = 0.2;
        double close = 100;
        for (int i = 0; i < BARS; i++) {
            double open = close;
            close = open * Math.exp((0.05 - 0.5 * sigma * sigma) * dt + sigma * Math.sqrt(dt) * gaussian(random));
            t[i] = Instant.ofEpochSecond(86_400L * (i + 1));
            o[i] = open;
            c[i] = close;
            h[i] = Math.max(open, close) * (1 + 0.002 * random.nextDouble());
            l[i] = Math.min(open, close) * (1 - 0.002 * random.nextDouble());
            v[i] = 1_000;
        }
        series = PriceSeries.ofColumns(t, o, h, l, c, v);
        ta4jSeries = new BaseBarSeriesBuilder().withNumTypeOf(DoubleNum.class).build();
        for (int i = 0; i < BARS; i++) {
            ta4jSeries.addBar(t[i].atZone(ZoneOffset.UTC), o[i], h[i], l[i], c[i], v[i]);
        }
        spec = StrategySpec.of(StrategyType.SMA_CROSSOVER, Map.of("fast", 20.0, "slow", 50.0));
        settings = new BacktestSettings(
                        1e6,
                        TradeDirection.LONG_ONLY,
                        new PositionSizing(SizingMode.FIXED_QUANTITY, 1.0),
                        null,
                        252,
                        0.0)
                .withDefaults();

        int ours = gridvault().trades().size();
        TradingRecord record = ta4j();
        int theirs = record.getPositionCount() + (record.getCurrentPosition().isOpened() ? 1 : 0);
        if (ours != theirs || ours < 1_000) {
            throw new IllegalStateException("Trade counts differ: Gridvault " + ours + ", ta4j " + theirs);
        }
    }

    /**
     * Gridvault: the backtest engine on primitive arrays, with equity curve and metrics.
     *
     * @return the result, consumed by JMH
     */
    @Benchmark
    public BacktestResult gridvault() {
        return BacktestEngine.DEFAULT.run(series, spec, settings);
    }

    /**
     * ta4j 0.17: fresh SMA indicators and crossing rules, {@link BarSeriesManager} with next-open fills.
     *
     * @return the trading record, consumed by JMH
     */
    @Benchmark
    public TradingRecord ta4j() {
        ClosePriceIndicator closePrice = new ClosePriceIndicator(ta4jSeries);
        SMAIndicator fast = new SMAIndicator(closePrice, 20);
        SMAIndicator slow = new SMAIndicator(closePrice, 50);
        BaseStrategy strategy =
                new BaseStrategy(new CrossedUpIndicatorRule(fast, slow), new CrossedDownIndicatorRule(fast, slow), 50);
        return new BarSeriesManager(ta4jSeries, new TradeOnNextOpenModel()).run(strategy);
    }

    private static double gaussian(SplittableRandom random) {
        double u1 = 1.0 - random.nextDouble();
        double u2 = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }
}
