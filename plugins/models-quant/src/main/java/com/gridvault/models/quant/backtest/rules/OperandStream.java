package com.gridvault.models.quant.backtest.rules;

import com.gridvault.models.quant.indicators.AtrKernel;
import com.gridvault.models.quant.indicators.BollingerKernel;
import com.gridvault.models.quant.indicators.MacdKernel;
import com.gridvault.models.quant.indicators.RocKernel;
import com.gridvault.models.quant.indicators.RsiKernel;
import com.gridvault.models.quant.indicators.SmaKernel;
import com.gridvault.models.quant.indicators.SmoothedAverage;
import com.gridvault.models.quant.indicators.VolatilityKernel;
import com.gridvault.models.quant.series.BarAccess;
import java.util.function.DoubleUnaryOperator;

/** Produces one operand's value at each bar, reading only that bar. Mutable: one per run. */
interface OperandStream {

    double next(BarAccess bars, int index);

    /** Resolves defaults and builds the stream for an operand that passed validation. */
    static OperandStream of(Operand operand, double barsPerYear) {
        if (operand.value() != null) {
            double constant = operand.value();
            return (bars, index) -> constant;
        }
        if (operand.price() != null) {
            return switch (operand.price()) {
                case OPEN -> BarAccess::open;
                case HIGH -> BarAccess::high;
                case LOW -> BarAccess::low;
                case CLOSE -> BarAccess::close;
                case VOLUME -> BarAccess::volume;
            };
        }
        RuleIndicator indicator = operand.indicator();
        int period = orDefault(operand.period(), indicator.defaultPeriod());
        return switch (indicator) {
            case SMA -> closes(new SmaKernel(period)::next);
            case EMA -> closes(SmoothedAverage.ema(period)::next);
            case RSI -> closes(new RsiKernel(period)::next);
            case ROC -> closes(new RocKernel(period)::next);
            case VOLATILITY -> closes(new VolatilityKernel(period, barsPerYear)::next);
            case ATR -> {
                AtrKernel atr = new AtrKernel(period);
                yield (bars, index) -> atr.next(bars.high(index), bars.low(index), bars.close(index));
            }
            case BB_UPPER, BB_MIDDLE, BB_LOWER -> bollinger(operand, indicator, period);
            case MACD, MACD_SIGNAL, MACD_HISTOGRAM -> macd(operand, indicator);
        };
    }

    private static OperandStream closes(DoubleUnaryOperator kernel) {
        return (bars, index) -> kernel.applyAsDouble(bars.close(index));
    }

    private static OperandStream bollinger(Operand operand, RuleIndicator line, int period) {
        double k = operand.multiplier() == null ? 2.0 : operand.multiplier();
        BollingerKernel bands = new BollingerKernel(period, k);
        return (bars, index) -> {
            double middle = bands.next(bars.close(index));
            return line == RuleIndicator.BB_MIDDLE
                    ? middle
                    : line == RuleIndicator.BB_UPPER ? bands.upper() : bands.lower();
        };
    }

    private static OperandStream macd(Operand operand, RuleIndicator line) {
        MacdKernel macd = new MacdKernel(
                orDefault(operand.fastPeriod(), 12),
                orDefault(operand.slowPeriod(), 26),
                orDefault(operand.signalPeriod(), 9));
        return (bars, index) -> {
            double value = macd.next(bars.close(index));
            return line == RuleIndicator.MACD
                    ? value
                    : line == RuleIndicator.MACD_SIGNAL ? macd.signal() : macd.histogram();
        };
    }

    private static int orDefault(Integer value, int defaultValue) {
        return value == null ? defaultValue : value;
    }
}
