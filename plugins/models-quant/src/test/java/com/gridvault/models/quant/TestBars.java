package com.gridvault.models.quant;

import com.gridvault.models.quant.series.Bar;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Seeded synthetic bars for tests: geometric Brownian motion on weekdays (weekend gaps included). */
public final class TestBars {

    private TestBars() {}

    /**
     * Daily GBM bars: 8% drift, 25% volatility, start price 100, consistent OHLC.
     *
     * @param n how many bars
     * @param seed the seed
     * @return the bars
     */
    public static List<Bar> gbm(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double dt = 1.0 / 252;
        double sigma = 0.25;
        double drift = (0.08 - 0.5 * sigma * sigma) * dt;
        List<Bar> bars = new ArrayList<>(n);
        LocalDate day = LocalDate.of(2015, 1, 2);
        double close = 100;
        for (int i = 0; i < n; i++) {
            double open = close * Math.exp(0.002 * gaussian(random));
            close = open * Math.exp(drift + sigma * Math.sqrt(dt) * gaussian(random));
            double high = Math.max(open, close) * (1 + 0.005 * Math.abs(gaussian(random)));
            double low = Math.min(open, close) * (1 - 0.005 * Math.abs(gaussian(random)));
            bars.add(new Bar(at(day), open, high, low, close, 1_000 + 100 * Math.abs(gaussian(random))));
            day = nextWeekday(day);
        }
        return bars;
    }

    /**
     * Bars whose open, high, low and close all equal the given closes, one per weekday.
     *
     * @param closes the prices
     * @return the bars
     */
    public static List<Bar> flat(double... closes) {
        List<Bar> bars = new ArrayList<>();
        LocalDate day = LocalDate.of(2024, 1, 1);
        for (double c : closes) {
            bars.add(new Bar(at(day), c, c, c, c, 100));
            day = nextWeekday(day);
        }
        return bars;
    }

    /**
     * Bars with explicit opens and closes (high/low spanning both), one per weekday.
     *
     * @param opens the opens
     * @param closes the closes
     * @return the bars
     */
    public static List<Bar> openClose(double[] opens, double[] closes) {
        List<Bar> bars = new ArrayList<>();
        LocalDate day = LocalDate.of(2024, 1, 1);
        for (int i = 0; i < closes.length; i++) {
            double o = opens[i];
            double c = closes[i];
            bars.add(new Bar(at(day), o, Math.max(o, c), Math.min(o, c), c, 100));
            day = nextWeekday(day);
        }
        return bars;
    }

    private static Instant at(LocalDate day) {
        return day.atTime(21, 0).toInstant(ZoneOffset.UTC);
    }

    private static LocalDate nextWeekday(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (next.getDayOfWeek() == DayOfWeek.SATURDAY || next.getDayOfWeek() == DayOfWeek.SUNDAY) {
            next = next.plusDays(1);
        }
        return next;
    }

    private static double gaussian(SplittableRandom random) {
        double u1 = 1.0 - random.nextDouble();
        double u2 = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }
}
