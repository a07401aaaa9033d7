package com.gridvault.models.quant.portfolio;

import com.gridvault.plugin.api.model.FinancialModel;
import com.gridvault.plugin.api.model.ModelContext;
import com.gridvault.plugin.api.model.ModelDescriptor;
import org.pf4j.Extension;

/** The {@code quant.portfolio-risk} model. */
@Extension
public final class PortfolioRiskModel implements FinancialModel<PortfolioRiskInput, PortfolioRiskOutput> {

    private static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(
            "quant.portfolio-risk",
            "Portfolio risk: P&L, beta, correlation, VaR and expected shortfall",
            "From positions and aligned price histories: portfolio value, P&L and simple returns, volatility,"
                    + " beta to a benchmark, the correlation matrix, and historical, parametric"
                    + " (variance-covariance, zero mean) and seeded Monte Carlo VaR with expected shortfall at a"
                    + " confidence level; one-period figures are scaled to the horizon by sqrt(horizon).",
            "1.0.0",
            "quant");

    @Override
    public ModelDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Class<PortfolioRiskInput> inputType() {
        return PortfolioRiskInput.class;
    }

    @Override
    public Class<PortfolioRiskOutput> outputType() {
        return PortfolioRiskOutput.class;
    }

    @Override
    public long estimateWork(PortfolioRiskInput input) {
        if (input == null || input.positions() == null || input.positions().isEmpty()) {
            return 1;
        }
        var first = input.positions().get(0);
        long prices =
                first == null || first.prices() == null ? 1 : first.prices().size();
        long paths = input.monteCarloPaths() == null ? 10_000 : Math.max(1, input.monteCarloPaths());
        long m = input.positions().size();
        return Math.max(1, m * m * prices + m * paths);
    }

    @Override
    public PortfolioRiskOutput run(PortfolioRiskInput input, ModelContext context) {
        PortfolioRiskInput resolved = PortfolioRiskValidator.validate(input, context.limits());
        context.progress(0, "estimating risk");
        PortfolioRiskOutput out = PortfolioRiskCalculator.DEFAULT.calculate(resolved, context);
        context.progress(1, "done");
        return out;
    }
}
