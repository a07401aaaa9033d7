package com.gridvault.models.derivatives.blackscholes;

import com.gridvault.models.derivatives.common.OptionChecks;
import com.gridvault.plugin.api.model.FinancialModel;
import com.gridvault.plugin.api.model.ModelContext;
import com.gridvault.plugin.api.model.ModelDescriptor;
import org.pf4j.Extension;

/** The {@code derivatives.black-scholes} model: validates the input and delegates to the calculator. */
@Extension
public final class BlackScholesModel implements FinancialModel<BlackScholesInput, BlackScholesResult> {

    private static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(
            "derivatives.black-scholes",
            "Black-Scholes-Merton option pricer",
            "Price, delta, gamma, vega, theta, rho and dividend rho of a European call or put on an underlying"
                    + " with a continuous dividend yield, under constant volatility and rates (lognormal spot).",
            "1.0.0",
            "derivatives");

    @Override
    public ModelDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Class<BlackScholesInput> inputType() {
        return BlackScholesInput.class;
    }

    @Override
    public Class<BlackScholesResult> outputType() {
        return BlackScholesResult.class;
    }

    @Override
    public BlackScholesResult run(BlackScholesInput input, ModelContext context) {
        OptionChecks.requireInput(input);
        input.validate();
        context.throwIfCancelled();
        return BlackScholesCalculator.DEFAULT.calculate(input);
    }
}
