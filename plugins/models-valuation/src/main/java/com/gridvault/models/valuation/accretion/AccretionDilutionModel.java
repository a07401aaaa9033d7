package com.gridvault.models.valuation.accretion;

import com.gridvault.plugin.api.model.FinancialModel;
import com.gridvault.plugin.api.model.ModelContext;
import com.gridvault.plugin.api.model.ModelDescriptor;
import org.pf4j.Extension;

/**
 * The {@code valuation.accretion-dilution} model: validates, then delegates to {@link
 * AccretionDilutionCalculator#DEFAULT}.
 */
@Extension
public final class AccretionDilutionModel implements FinancialModel<AccretionDilutionInput, AccretionDilutionOutput> {

    private static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(
            "valuation.accretion-dilution",
            "M&A accretion/dilution",
            "Pro forma EPS of an acquisition paid in cash, stock and new debt: after-tax financing costs, new"
                    + " shares at the acquirer's price, phased synergies and integration costs, accretion or"
                    + " dilution per year and the breakeven pre-tax synergies in closed form.",
            "1.0.0",
            "valuation");

    @Override
    public ModelDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Class<AccretionDilutionInput> inputType() {
        return AccretionDilutionInput.class;
    }

    @Override
    public Class<AccretionDilutionOutput> outputType() {
        return AccretionDilutionOutput.class;
    }

    @Override
    public long estimateWork(AccretionDilutionInput input) {
        return input == null || input.acquirerNetIncome() == null
                ? 1
                : Math.max(1, input.acquirerNetIncome().size());
    }

    @Override
    public AccretionDilutionOutput run(AccretionDilutionInput input, ModelContext context) {
        AccretionDilutionValidator.DEFAULT.validate(input);
        context.throwIfCancelled();
        return AccretionDilutionCalculator.DEFAULT.calculate(input);
    }
}
