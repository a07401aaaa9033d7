package com.gridvault.models.derivatives.binomial;

import com.gridvault.models.derivatives.common.OptionChecks;
import com.gridvault.plugin.api.model.FinancialModel;
import com.gridvault.plugin.api.model.ModelContext;
import com.gridvault.plugin.api.model.ModelDescriptor;
import org.pf4j.Extension;

/** The {@code derivatives.binomial-crr} model: validates the input and delegates to the tree. */
@Extension
public final class BinomialModel implements FinancialModel<BinomialInput, BinomialResult> {

    private static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(
            "derivatives.binomial-crr",
            "Cox-Ross-Rubinstein binomial tree",
            "Price, delta, gamma and theta of a European or American call or put on an underlying with a"
                    + " continuous dividend yield, on a recombining CRR tree with a configurable number of steps;"
                    + " also reports the early exercise premium.",
            "1.0.0",
            "derivatives");

    @Override
    public ModelDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Class<BinomialInput> inputType() {
        return BinomialInput.class;
    }

    @Override
    public Class<BinomialResult> outputType() {
        return BinomialResult.class;
    }

    /** Node visits: about steps^2 / 2 per roll-back, twice for American exercise. */
    @Override
    public long estimateWork(BinomialInput input) {
        if (input == null || input.steps() <= 0) {
            return 1;
        }
        long steps = input.steps();
        return Math.max(1, steps * steps);
    }

    @Override
    public BinomialResult run(BinomialInput input, ModelContext context) {
        OptionChecks.requireInput(input);
        input.validate(context.limits());
        context.throwIfCancelled();
        return CrrBinomialCalculator.DEFAULT.calculate(input);
    }
}
