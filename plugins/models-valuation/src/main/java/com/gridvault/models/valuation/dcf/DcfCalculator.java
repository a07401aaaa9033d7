package com.gridvault.models.valuation.dcf;

import static com.gridvault.models.valuation.common.Checks.orDefault;

import com.gridvault.models.valuation.common.Compounding;
import com.gridvault.plugin.api.model.ModelLimits;
import java.util.ArrayList;
import java.util.List;

/**
 * Values a business by discounting unlevered free cash flow at the WACC (McKinsey,
 * <i>Valuation</i>, ch. 10-11; Damodaran, <i>Investment Valuation</i>, ch. 15). Expects an input
 * that {@link DcfValidator} accepted.
 */
public final class DcfCalculator {

    /** The shared stateless instance. */
    public static final DcfCalculator DEFAULT = new DcfCalculator();

    private final TerminalValueCalculator terminal = TerminalValueCalculator.DEFAULT;

    private DcfCalculator() {}

    /**
     * Runs the DCF.
     *
     * @param in a validated input
     * @param limits the limits, used to size the default sensitivity grid
     * @return the valuation
     */
    public DcfOutput calculate(DcfInput in, ModelLimits limits) {
        CostOfCapitalResult capital =
                in.costOfCapital() == null ? null : CostOfCapitalCalculator.DEFAULT.calculate(in.costOfCapital());
        double wacc = capital == null ? in.wacc() : capital.wacc();
        boolean midYear = orDefault(in.midYearConvention(), false);
        double g = in.terminalGrowth();
        List<ProjectedYear> years = FreeCashFlowProjector.DEFAULT.project(in);
        ProjectedYear last = years.get(years.size() - 1);
        int n = years.size();

        List<DcfScheduleRow> schedule = new ArrayList<>(n);
        double sumPv = 0;
        for (ProjectedYear y : years) {
            double period = midYear ? y.year() - 0.5 : y.year();
            double df = Compounding.discountFactor(wacc, period);
            double pv = y.unleveredFreeCashFlow() * df;
            sumPv += pv;
            schedule.add(new DcfScheduleRow(
                    y.year(),
                    y.revenue(),
                    y.ebitda(),
                    y.depreciationAmortization(),
                    y.ebit(),
                    y.taxOnEbit(),
                    y.nopat(),
                    y.capex(),
                    y.changeInNwc(),
                    y.unleveredFreeCashFlow(),
                    period,
                    df,
                    pv));
        }

        EquityBridgeInput bridge = in.bridge();
        double adjustment = -orDefault(bridge.netDebt(), 0)
                - orDefault(bridge.minorityInterest(), 0)
                - orDefault(bridge.preferredEquity(), 0)
                + orDefault(bridge.nonOperatingAssets(), 0);
        double shares = bridge.dilutedShares();
        double dfN = Compounding.discountFactor(wacc, n);

        double gordonTv = terminal.gordon(last.unleveredFreeCashFlow(), wacc, g, midYear);
        double exitTv = terminal.exitMultiple(last.ebitda(), in.exitMultiple());
        TerminalValueResult gordon = close(gordonTv, dfN, sumPv, adjustment, shares);
        TerminalValueResult exit = close(exitTv, dfN, sumPv, adjustment, shares);
        double impliedMultiple = gordonTv / last.ebitda();
        Double impliedGrowth = terminal.impliedGrowth(exitTv, last.unleveredFreeCashFlow(), wacc, midYear);

        DcfSensitivityGrid grid = DcfSensitivityCalculator.DEFAULT.grid(
                years, wacc, g, midYear, adjustment, shares, in.sensitivity(), limits.maxGridPoints());
        return new DcfOutput(
                wacc,
                capital,
                midYear,
                List.copyOf(schedule),
                sumPv,
                adjustment,
                gordon,
                exit,
                impliedMultiple,
                impliedGrowth,
                grid);
    }

    /**
     * The enterprise value closed by the Gordon growth model at a given WACC and growth rate.
     *
     * @param years the projected years
     * @param wacc the discount rate, greater than growth
     * @param growth the perpetual growth
     * @param midYear the timing convention
     * @return PV of the explicit flows plus PV of the terminal value
     */
    static double gordonEnterpriseValue(List<ProjectedYear> years, double wacc, double growth, boolean midYear) {
        double ev = 0;
        for (ProjectedYear y : years) {
            ev += y.unleveredFreeCashFlow() * Compounding.discountFactor(wacc, midYear ? y.year() - 0.5 : y.year());
        }
        double finalFlow = years.get(years.size() - 1).unleveredFreeCashFlow();
        return ev
                + TerminalValueCalculator.DEFAULT.gordon(finalFlow, wacc, growth, midYear)
                        * Compounding.discountFactor(wacc, years.size());
    }

    private static TerminalValueResult close(
            double terminalValue, double discountFactor, double sumPv, double adjustment, double shares) {
        double pvTv = terminalValue * discountFactor;
        double ev = sumPv + pvTv;
        double equity = ev + adjustment;
        return new TerminalValueResult(
                terminalValue, discountFactor, pvTv, ev, equity, equity / shares, ev == 0 ? 0 : pvTv / ev);
    }
}
