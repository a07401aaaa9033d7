package com.gridvault.models.quant.indicators;

import static com.gridvault.models.quant.series.SeriesChecks.nullable;

import com.gridvault.models.quant.series.PriceSeries;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a price series and a fully resolved {@link IndicatorSpec} (every applicable field set, see
 * {@link IndicatorsValidator}) into an {@link IndicatorSeries}. Stateless; use {@link #DEFAULT}.
 */
public final class IndicatorsCalculator {

    /** The shared instance. */
    public static final IndicatorsCalculator DEFAULT = new IndicatorsCalculator(Indicators.DEFAULT);

    private final Indicators indicators;

    private IndicatorsCalculator(Indicators indicators) {
        this.indicators = indicators;
    }

    /**
     * Computes one indicator.
     *
     * @param series the bars
     * @param spec the resolved spec
     * @param barsPerYear bars per year for annualisation
     * @return the indicator's lines
     */
    public IndicatorSeries calculate(PriceSeries series, IndicatorSpec spec, double barsPerYear) {
        double[] close = series.closes();
        Map<String, List<Double>> lines = new LinkedHashMap<>();
        String label;
        switch (spec.type()) {
            case BOLLINGER -> {
                BollingerBands bands = indicators.bollinger(close, spec.period(), spec.multiplier());
                lines.put("middle", nullable(bands.middle()));
                lines.put("upper", nullable(bands.upper()));
                lines.put("lower", nullable(bands.lower()));
                label = "BOLLINGER(" + spec.period() + "," + spec.multiplier() + ")";
            }
            case MACD -> {
                MacdLines macd = indicators.macd(close, spec.fastPeriod(), spec.slowPeriod(), spec.signalPeriod());
                lines.put("macd", nullable(macd.line()));
                lines.put("signal", nullable(macd.signal()));
                lines.put("histogram", nullable(macd.histogram()));
                label = "MACD(" + spec.fastPeriod() + "," + spec.slowPeriod() + "," + spec.signalPeriod() + ")";
            }
            default -> {
                lines.put("value", nullable(single(series, close, spec, barsPerYear)));
                label = spec.type() + "(" + spec.period() + ")";
            }
        }
        return new IndicatorSeries(label, spec.type(), lines);
    }

    private double[] single(PriceSeries series, double[] close, IndicatorSpec spec, double barsPerYear) {
        int period = spec.period();
        return switch (spec.type()) {
            case SMA -> indicators.sma(close, period);
            case EMA -> indicators.ema(close, period);
            case RSI -> indicators.rsi(close, period);
            case ATR -> indicators.atr(series.highs(), series.lows(), close, period);
            case VOLATILITY -> indicators.rollingVolatility(close, period, barsPerYear);
            case ROC -> indicators.rateOfChange(close, period);
            case BOLLINGER, MACD -> throw new IllegalArgumentException("multi-line indicator " + spec.type());
        };
    }
}
