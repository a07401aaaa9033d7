package com.gridvault.models.quant.indicators;

import com.gridvault.models.quant.series.PriceSeries;
import com.gridvault.plugin.api.model.FinancialModel;
import com.gridvault.plugin.api.model.ModelContext;
import com.gridvault.plugin.api.model.ModelDescriptor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.pf4j.Extension;

/** The {@code quant.indicators} model: SMA, EMA, RSI, Bollinger, MACD, ATR, volatility, ROC. */
@Extension
public final class IndicatorsModel implements FinancialModel<IndicatorsInput, IndicatorsOutput> {

    private static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(
            "quant.indicators",
            "Technical indicators",
            "Computes SMA, EMA (SMA-seeded), Wilder RSI, Bollinger Bands (population deviation), MACD, Wilder"
                    + " ATR, annualised rolling volatility of log returns and rate of change over OHLCV bars."
                    + " Values are null during each indicator's warm-up. Bars are counted, not calendar time,"
                    + " so gaps (weekends) are allowed.",
            "1.0.0",
            "quant");

    @Override
    public ModelDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Class<IndicatorsInput> inputType() {
        return IndicatorsInput.class;
    }

    @Override
    public Class<IndicatorsOutput> outputType() {
        return IndicatorsOutput.class;
    }

    @Override
    public long estimateWork(IndicatorsInput input) {
        if (input == null || input.bars() == null || input.indicators() == null) {
            return 1;
        }
        return Math.max(
                1L, (long) input.bars().size() * Math.max(1, input.indicators().size()));
    }

    @Override
    public IndicatorsOutput run(IndicatorsInput input, ModelContext context) {
        List<IndicatorSpec> specs = IndicatorsValidator.validate(input, context.limits());
        PriceSeries series = PriceSeries.of(input.bars());
        double barsPerYear =
                input.barsPerYear() == null ? IndicatorsValidator.DEFAULT_BARS_PER_YEAR : input.barsPerYear();
        List<IndicatorSeries> out = new ArrayList<>(specs.size());
        for (int i = 0; i < specs.size(); i++) {
            context.throwIfCancelled();
            context.progress(
                    (double) i / specs.size(), "computing " + specs.get(i).type());
            out.add(IndicatorsCalculator.DEFAULT.calculate(series, specs.get(i), barsPerYear));
        }
        context.progress(1, "done");
        List<Instant> times = new ArrayList<>(series.size());
        for (int i = 0; i < series.size(); i++) {
            times.add(series.time(i));
        }
        return new IndicatorsOutput(times, out);
    }
}
