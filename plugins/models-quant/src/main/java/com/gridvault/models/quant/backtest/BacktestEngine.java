package com.gridvault.models.quant.backtest;

import com.gridvault.models.quant.series.BarAccess;
import java.util.ArrayList;
import java.util.List;

/**
 * Event-by-bar backtest with no look-ahead: at each bar's close the strategy sees that bar and
 * earlier ones and chooses a target side; the order fills at the <em>next</em> bar's open
 * (adjusted for slippage, charged commission). A signal on the last bar is never filled. A position
 * still open at the end is marked at the last close and reported as an open trade.
 *
 * <p>The loop announces each bar with {@link BarAccess#advanceTo(int)} before it reads it; the
 * engine reads only the announced bar. Position changes: from flat, a long entry wins over a short
 * entry; an exit signal closes the position and, when the opposite entry fires on the same bar and
 * the direction allows it, reverses it (two fills, two commissions).
 *
 * <p>Stateless and thread-safe; use {@link #DEFAULT}.
 */
public final class BacktestEngine {

    /** The shared instance. */
    public static final BacktestEngine DEFAULT = new BacktestEngine(MetricsCalculator.DEFAULT);

    private final MetricsCalculator metrics;

    private BacktestEngine(MetricsCalculator metrics) {
        this.metrics = metrics;
    }

    /**
     * Runs a resolved strategy.
     *
     * @param bars the bars
     * @param strategy a resolved strategy spec
     * @param settings settings with every field set ({@link BacktestSettings#withDefaults()})
     * @return the result
     */
    public BacktestResult run(BarAccess bars, StrategySpec strategy, BacktestSettings settings) {
        return run(bars, StrategySignals.create(strategy, settings.barsPerYear()), settings);
    }

    /**
     * Runs a signal source.
     *
     * @param bars the bars
     * @param signals fresh signal state
     * @param settings settings with every field set
     * @return the result
     */
    public BacktestResult run(BarAccess bars, Signals signals, BacktestSettings settings) {
        int n = bars.size();
        Account account = new Account(settings);
        boolean allowLong = settings.direction() != TradeDirection.SHORT_ONLY;
        boolean allowShort = settings.direction() != TradeDirection.LONG_ONLY;
        double[] equity = new double[n];
        double[] position = new double[n];
        int target = 0;
        for (int t = 0; t < n; t++) {
            bars.advanceTo(t);
            if (target != account.side()) {
                account.fillAtOpen(bars, t, target);
            }
            double close = bars.close(t);
            equity[t] = account.equity(close);
            position[t] = account.quantity();
            int bits = signals.next(bars, t);
            target = decide(account.side(), bits, allowLong, allowShort);
        }
        account.markOpenTrade(bars, n - 1);
        List<Trade> trades = List.copyOf(account.trades());
        return new BacktestResult(
                equity, position, trades, metrics.calculate(bars, equity, position, trades, settings));
    }

    static int decide(int side, int bits, boolean allowLong, boolean allowShort) {
        boolean longEntry = allowLong && (bits & Signals.LONG_ENTRY) != 0;
        boolean shortEntry = allowShort && (bits & Signals.SHORT_ENTRY) != 0;
        if (side > 0) {
            return (bits & Signals.LONG_EXIT) == 0 ? 1 : shortEntry ? -1 : 0;
        }
        if (side < 0) {
            return (bits & Signals.SHORT_EXIT) == 0 ? -1 : longEntry ? 1 : 0;
        }
        return longEntry ? 1 : shortEntry ? -1 : 0;
    }

    /** Cash, position and the trade being built; one per run. */
    private static final class Account {

        private final double fixedCommission;
        private final double commissionRate;
        private final double slippage;
        private final boolean fixedFraction;
        private final double sizingValue;
        private final List<Trade> trades = new ArrayList<>();
        private double cash;
        private double quantity;
        private int entryIndex;
        private double entryPrice;
        private double entryCommission;

        Account(BacktestSettings settings) {
            this.cash = settings.initialCapital();
            this.fixedCommission = settings.costs().commissionPerTrade();
            this.commissionRate = settings.costs().commissionBps() / 10_000;
            this.slippage = settings.costs().slippageBps() / 10_000;
            this.fixedFraction = settings.sizing().mode() == SizingMode.FIXED_FRACTION;
            this.sizingValue = settings.sizing().value();
        }

        int side() {
            return quantity > 0 ? 1 : quantity < 0 ? -1 : 0;
        }

        double quantity() {
            return quantity;
        }

        List<Trade> trades() {
            return trades;
        }

        double equity(double price) {
            return cash + quantity * price;
        }

        void fillAtOpen(BarAccess bars, int t, int target) {
            double open = bars.open(t);
            if (quantity != 0) {
                close(bars, t, open);
            }
            if (target != 0) {
                enter(bars, t, open, target);
            }
        }

        private void close(BarAccess bars, int t, double open) {
            boolean wasLong = quantity > 0;
            double size = Math.abs(quantity);
            double price = wasLong ? open * (1 - slippage) : open * (1 + slippage);
            double commission = fixedCommission + commissionRate * size * price;
            cash += quantity * price - commission;
            double gross = wasLong ? size * (price - entryPrice) : size * (entryPrice - price);
            trades.add(new Trade(
                    wasLong ? Side.LONG : Side.SHORT,
                    entryIndex,
                    bars.time(entryIndex),
                    entryPrice,
                    t,
                    bars.time(t),
                    price,
                    size,
                    gross - entryCommission - commission,
                    entryCommission + commission,
                    false));
            quantity = 0;
        }

        private void enter(BarAccess bars, int t, double open, int side) {
            double price = side > 0 ? open * (1 + slippage) : open * (1 - slippage);
            double size = fixedFraction ? sizingValue * cash / price : sizingValue;
            if (!(size > 0) || !Double.isFinite(size)) {
                return; // no equity left to size a fraction of: stay flat
            }
            double commission = fixedCommission + commissionRate * size * price;
            quantity = side * size;
            cash -= quantity * price + commission;
            entryIndex = t;
            entryPrice = price;
            entryCommission = commission;
        }

        void markOpenTrade(BarAccess bars, int last) {
            if (quantity == 0) {
                return;
            }
            double close = bars.close(last);
            double size = Math.abs(quantity);
            double gross = quantity > 0 ? size * (close - entryPrice) : size * (entryPrice - close);
            trades.add(new Trade(
                    quantity > 0 ? Side.LONG : Side.SHORT,
                    entryIndex,
                    bars.time(entryIndex),
                    entryPrice,
                    last,
                    bars.time(last),
                    close,
                    size,
                    gross - entryCommission,
                    entryCommission,
                    true));
        }
    }
}
