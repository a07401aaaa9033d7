package com.gridvault.models.derivatives.impliedvol;

import com.gridvault.models.derivatives.common.OptionChecks;
import com.gridvault.plugin.api.model.FinancialModel;
import com.gridvault.plugin.api.model.ModelContext;
import com.gridvault.plugin.api.model.ModelDescriptor;
import org.pf4j.Extension;

/** The {@code derivatives.implied-volatility} model: validates the input and delegates to the solver. */
@Extension
public final class ImpliedVolatilityModel implements FinancialModel<ImpliedVolatilityInput, ImpliedVolatilityResult> {

    private static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(
            "derivatives.implied-volatility",
            "Black-Scholes-Merton implied volatility",
            "The annualised volatility at which the Black-Scholes-Merton formula (continuous dividend yield)"
                    + " reproduces an observed European call or put price; rejects prices outside the"
                    + " no-arbitrage bounds.",
            "1.0.0",
            "derivatives");

    @Override
    public ModelDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Class<ImpliedVolatilityInput> inputType() {
        return ImpliedVolatilityInput.class;
    }

    @Override
    public Class<ImpliedVolatilityResult> outputType() {
        return ImpliedVolatilityResult.class;
    }

    @Override
    public ImpliedVolatilityResult run(ImpliedVolatilityInput input, ModelContext context) {
        OptionChecks.requireInput(input);
        input.validate();
        context.throwIfCancelled();
        return ImpliedVolatilitySolver.DEFAULT.solve(input);
    }
}
