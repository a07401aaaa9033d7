package com.gridvault.models.quant.backtest;

import com.gridvault.models.quant.series.BarsValidator;
import com.gridvault.models.quant.series.PriceSeries;
import com.gridvault.plugin.api.model.FinancialModel;
import com.gridvault.plugin.api.model.ModelContext;
import com.gridvault.plugin.api.model.ModelDescriptor;
import com.gridvault.plugin.api.validation.FieldErrors;
import java.util.ArrayList;
import java.util.List;
import org.pf4j.Extension;

/** The {@code quant.backtest} model: one strategy over OHLCV bars, next-open fills. */
@Extension
public final class BacktestModel implements FinancialModel<BacktestInput, BacktestOutput> {

    private static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(
            "quant.backtest",
            "Strategy backtest",
            "Backtests SMA crossover, RSI mean reversion, Bollinger reversion, momentum or custom JSON-rule"
                    + " strategies on OHLCV bars. Signals use the bar's close; orders fill at the next bar's open"
                    + " (no look-ahead) with slippage and commissions. Returns trades, the equity curve and"
                    + " metrics (CAGR, volatility, Sharpe, Sortino, max drawdown, Calmar, win rate, profit factor,"
                    + " exposure), annualised with barsPerYear.",
            "1.0.0",
            "quant");

    @Override
    public ModelDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Class<BacktestInput> inputType() {
        return BacktestInput.class;
    }

    @Override
    public Class<BacktestOutput> outputType() {
        return BacktestOutput.class;
    }

    @Override
    public long estimateWork(BacktestInput input) {
        return input == null || input.bars() == null
                ? 1
                : Math.max(1, input.bars().size());
    }

    @Override
    public BacktestOutput run(BacktestInput input, ModelContext context) {
        FieldErrors errors = FieldErrors.create();
        if (input == null) {
            errors.add("input", "is required").throwIfAny();
        }
        BarsValidator.validate(errors, "bars", input.bars(), context.limits());
        int barCount = input.bars() == null ? 0 : input.bars().size();
        StrategySpec strategy = StrategyValidator.resolve(errors, "strategy", input.strategy(), barCount);
        BacktestSettings settings = SettingsValidator.resolve(errors, "settings", input.settings());
        errors.throwIfAny();

        context.progress(0, "backtesting");
        PriceSeries series = PriceSeries.of(input.bars());
        BacktestResult result = BacktestEngine.DEFAULT.run(series, strategy, settings);
        context.progress(1, "done");
        List<EquityPoint> curve = new ArrayList<>();
        if (input.includeEquityCurve() == null || input.includeEquityCurve()) {
            for (int i = 0; i < series.size(); i++) {
                curve.add(new EquityPoint(series.time(i), result.equity()[i], result.position()[i]));
            }
        }
        return new BacktestOutput(result.metrics(), result.trades(), curve);
    }
}
