package com.gridvault.models.quant.sweep;

import com.gridvault.models.quant.backtest.BacktestSettings;
import com.gridvault.models.quant.backtest.SettingsValidator;
import com.gridvault.models.quant.backtest.StrategySpec;
import com.gridvault.models.quant.backtest.StrategyValidator;
import com.gridvault.models.quant.series.BarsValidator;
import com.gridvault.models.quant.series.PriceSeries;
import com.gridvault.plugin.api.model.FinancialModel;
import com.gridvault.plugin.api.model.ModelContext;
import com.gridvault.plugin.api.model.ModelDescriptor;
import com.gridvault.plugin.api.validation.FieldErrors;
import java.util.List;
import java.util.Map;
import org.pf4j.Extension;

/** The {@code quant.sweep} model: a parameter grid of backtests, run in parallel and ranked. */
@Extension
public final class SweepModel implements FinancialModel<SweepInput, SweepOutput> {

    private static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(
            "quant.sweep",
            "Strategy parameter sweep",
            "Backtests every combination of a grid of built-in strategy parameters in parallel (same settings,"
                    + " next-open fills) and ranks them by a chosen metric. Results do not depend on parallelism;"
                    + " ties keep grid order.",
            "1.0.0",
            "quant");

    @Override
    public ModelDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Class<SweepInput> inputType() {
        return SweepInput.class;
    }

    @Override
    public Class<SweepOutput> outputType() {
        return SweepOutput.class;
    }

    @Override
    public long estimateWork(SweepInput input) {
        if (input == null || input.bars() == null || input.grid() == null) {
            return 1;
        }
        long work = Math.max(1, input.bars().size());
        for (List<Double> values : input.grid().values()) {
            work = saturatingMultiply(work, values == null ? 1 : Math.max(1, values.size()));
        }
        return work;
    }

    private static long saturatingMultiply(long a, long b) {
        long high = Math.multiplyHigh(a, b);
        return high != 0 || a * b < 0 ? Long.MAX_VALUE : a * b;
    }

    @Override
    public SweepOutput run(SweepInput input, ModelContext context) {
        FieldErrors errors = FieldErrors.create();
        if (input == null) {
            errors.add("input", "is required").throwIfAny();
        }
        BarsValidator.validate(errors, "bars", input.bars(), context.limits());
        int barCount = input.bars() == null ? 0 : input.bars().size();
        StrategySpec base = StrategyValidator.resolve(errors, "strategy", input.strategy(), barCount);
        BacktestSettings settings = SettingsValidator.resolve(errors, "settings", input.settings());
        errors.check(input.top() == null || input.top() >= 1, "top", "must be at least 1, was " + input.top());
        Map<String, List<Double>> grid = input.grid();
        List<StrategySpec> specs = SweepValidator.expand(
                errors, base, grid, barCount, context.limits().maxGridPoints());
        errors.throwIfAny();

        RankMetric rankBy = input.rankBy() == null ? RankMetric.SHARPE : input.rankBy();
        PriceSeries series = PriceSeries.of(input.bars());
        List<SweepRow> rows = SweepRunner.DEFAULT.run(series, specs, settings, rankBy, context);
        if (input.top() != null && input.top() < rows.size()) {
            rows = rows.subList(0, input.top());
        }
        return new SweepOutput(rankBy, specs.size(), List.copyOf(rows));
    }
}
