package com.gridvault.models.valuation.dcf;

import com.gridvault.models.valuation.common.SensitivityAxis;
import com.gridvault.plugin.api.model.FinancialModel;
import com.gridvault.plugin.api.model.ModelContext;
import com.gridvault.plugin.api.model.ModelDescriptor;
import org.pf4j.Extension;

/** The {@code valuation.dcf} model: validates, then delegates to {@link DcfCalculator#DEFAULT}. */
@Extension
public final class DcfModel implements FinancialModel<DcfInput, DcfOutput> {

    private static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(
            "valuation.dcf",
            "Discounted cash flow (DCF)",
            "Enterprise and equity value from unlevered free cash flow (from drivers or given) discounted at a"
                    + " WACC (given or CAPM-built), closed by both a Gordon-growth and an exit-multiple terminal"
                    + " value with their implied cross-metrics, optional mid-year convention, the equity bridge"
                    + " and a WACC x terminal-growth sensitivity grid.",
            "1.0.0",
            "valuation");

    @Override
    public ModelDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Class<DcfInput> inputType() {
        return DcfInput.class;
    }

    @Override
    public Class<DcfOutput> outputType() {
        return DcfOutput.class;
    }

    @Override
    public long estimateWork(DcfInput input) {
        try {
            int years = Math.max(
                    1,
                    input.driverYears() != null
                            ? input.driverYears().size()
                            : input.cashFlowYears().size());
            Integer steps =
                    input.sensitivity() == null ? null : input.sensitivity().stepsEachSide();
            long points = SensitivityAxis.squareGridPoints(steps == null || steps < 0 ? 2 : Math.min(steps, 1_000_000));
            return Math.max(1, years * (points + 1));
        } catch (RuntimeException e) {
            return 1;
        }
    }

    @Override
    public DcfOutput run(DcfInput input, ModelContext context) {
        DcfValidator.DEFAULT.validate(input, context.limits());
        context.throwIfCancelled();
        return DcfCalculator.DEFAULT.calculate(input, context.limits());
    }
}
