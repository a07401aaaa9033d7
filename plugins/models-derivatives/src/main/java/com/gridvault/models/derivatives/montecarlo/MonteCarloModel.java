package com.gridvault.models.derivatives.montecarlo;

import com.gridvault.models.derivatives.common.OptionChecks;
import com.gridvault.plugin.api.model.FinancialModel;
import com.gridvault.plugin.api.model.ModelContext;
import com.gridvault.plugin.api.model.ModelDescriptor;
import org.pf4j.Extension;

/** The {@code derivatives.monte-carlo} model: validates the input and delegates to the simulator. */
@Extension
public final class MonteCarloModel implements FinancialModel<MonteCarloInput, MonteCarloResult> {

    private static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(
            "derivatives.monte-carlo",
            "Monte Carlo option pricer (GBM)",
            "Price, standard error and 95% confidence interval of a European, arithmetic-average Asian or"
                    + " discretely monitored barrier call or put, by simulating geometric Brownian motion under"
                    + " the risk-neutral measure; seeded, optionally antithetic, and reproducible bit for bit"
                    + " whatever the thread count.",
            "1.0.0",
            "derivatives");

    @Override
    public ModelDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Class<MonteCarloInput> inputType() {
        return MonteCarloInput.class;
    }

    @Override
    public Class<MonteCarloResult> outputType() {
        return MonteCarloResult.class;
    }

    /** Paths x steps, the number of simulated increments. */
    @Override
    public long estimateWork(MonteCarloInput input) {
        if (input == null) {
            return 1;
        }
        return Math.max(1, (long) Math.max(input.paths(), 1) * Math.max(input.steps(), 1));
    }

    @Override
    public MonteCarloResult run(MonteCarloInput input, ModelContext context) {
        OptionChecks.requireInput(input);
        input.validate(context.limits());
        context.throwIfCancelled();
        return MonteCarloCalculator.DEFAULT.calculate(input, context);
    }
}
