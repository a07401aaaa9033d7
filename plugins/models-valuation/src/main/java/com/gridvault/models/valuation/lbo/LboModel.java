package com.gridvault.models.valuation.lbo;

import com.gridvault.models.valuation.common.SensitivityAxis;
import com.gridvault.plugin.api.model.FinancialModel;
import com.gridvault.plugin.api.model.ModelContext;
import com.gridvault.plugin.api.model.ModelDescriptor;
import org.pf4j.Extension;

/** The {@code valuation.lbo} model: validates, then delegates to {@link LboCalculator#DEFAULT}. */
@Extension
public final class LboModel implements FinancialModel<LboInput, LboOutput> {

    private static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(
            "valuation.lbo",
            "Leveraged buyout (LBO)",
            "Sources and uses with sponsor equity as the plug, an operating projection, a debt schedule"
                    + " (amortising term loans, bullet notes, a revolver drawn on shortfalls and swept first),"
                    + " interest on average balances solved by fixed-point iteration, exit by multiple, sponsor"
                    + " IRR and MOIC, and an entry x exit multiple returns grid.",
            "1.0.0",
            "valuation");

    @Override
    public ModelDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Class<LboInput> inputType() {
        return LboInput.class;
    }

    @Override
    public Class<LboOutput> outputType() {
        return LboOutput.class;
    }

    @Override
    public long estimateWork(LboInput input) {
        try {
            int years = input.years() == null ? 1 : Math.max(1, input.years().size());
            int tranches =
                    input.tranches() == null ? 1 : Math.max(1, input.tranches().size());
            Integer steps =
                    input.sensitivity() == null ? null : input.sensitivity().stepsEachSide();
            long points = SensitivityAxis.squareGridPoints(steps == null || steps < 0 ? 2 : Math.min(steps, 1_000_000));
            return Math.max(1, (long) years * tranches * 10 + points);
        } catch (RuntimeException e) {
            return 1;
        }
    }

    @Override
    public LboOutput run(LboInput input, ModelContext context) {
        LboValidator.DEFAULT.validate(input, context.limits());
        return LboCalculator.DEFAULT.calculate(input, context);
    }
}
