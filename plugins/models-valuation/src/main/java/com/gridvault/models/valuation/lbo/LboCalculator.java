package com.gridvault.models.valuation.lbo;

import static com.gridvault.models.valuation.common.Checks.orDefault;

import com.gridvault.plugin.api.model.ModelContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a leveraged buyout from close to exit (Rosenbaum &amp; Pearl, <i>Investment Banking</i>,
 * ch. 4-5). Expects an input that {@link LboValidator} accepted.
 */
public final class LboCalculator {

    /** The shared stateless instance. */
    public static final LboCalculator DEFAULT = new LboCalculator();

    static final double DEFAULT_TOLERANCE = 1e-6;
    static final int DEFAULT_MAX_ITERATIONS = 100;

    private final LboReturnsCalculator returns = LboReturnsCalculator.DEFAULT;

    private LboCalculator() {}

    /**
     * Runs the LBO.
     *
     * @param in a validated input
     * @param context limits (to size the default grid) and cancellation
     * @return the result
     */
    public LboOutput calculate(LboInput in, ModelContext context) {
        List<DebtTrancheInput> tranches = in.tranches() == null ? List.of() : in.tranches();
        SourcesAndUses su = sourcesAndUses(in, tranches);
        SolverSettings settings = new SolverSettings(
                in.taxRate(),
                orDefault(in.minimumCash(), 0),
                orDefault(in.cashSweepPct(), 1),
                orDefault(in.interestOnAverageBalances(), true),
                orDefault(in.tolerance(), DEFAULT_TOLERANCE),
                orDefault(in.maxIterations(), DEFAULT_MAX_ITERATIONS));
        int exitYear = orDefault(in.exitYear(), in.years().size());

        double[] original = new double[tranches.size()];
        for (int i = 0; i < original.length; i++) {
            original[i] = orDefault(tranches.get(i).amount(), 0);
        }
        double[] opening = original.clone();
        double cash = settings.minimumCash();
        double previousRevenue = in.entryRevenue();
        List<LboYear> years = new ArrayList<>(exitYear);
        List<String> warnings = new ArrayList<>();
        for (int t = 1; t <= exitYear; t++) {
            context.throwIfCancelled();
            OperatingYear op = operating(t, in.years().get(t - 1), previousRevenue);
            LboYear year = DebtYearSolver.DEFAULT.solve(op, tranches, original, opening, cash, settings);
            years.add(year);
            if (year.unfundedShortfall() > 0) {
                warnings.add("Year " + t + ": cash is " + year.unfundedShortfall()
                        + " below the minimum after drawing the revolver in full");
            }
            if (settings.averageBalances() && year.residual() > settings.tolerance()) {
                warnings.add("Year " + t + ": interest did not converge within " + settings.maxIterations()
                        + " iterations (residual " + year.residual() + ")");
            }
            for (int i = 0; i < opening.length; i++) {
                opening[i] = year.tranches().get(i).closingBalance();
            }
            cash = year.closingCash();
            previousRevenue = op.revenue();
        }

        LboYear last = years.get(years.size() - 1);
        double otherUses = su.transactionFees() + su.financingFees() + su.cashToBalanceSheet();
        double exitEquity = returns.exitEquity(last.ebitda(), in.exitMultiple(), last.netDebt());
        double[] mi = returns.moicAndIrr(su.sponsorEquity(), exitEquity, exitYear);
        LboReturns result = new LboReturns(
                exitYear,
                last.ebitda(),
                in.exitMultiple(),
                in.exitMultiple() * last.ebitda(),
                last.netDebt(),
                exitEquity,
                su.sponsorEquity(),
                mi[0],
                mi[1]);
        LboSensitivityGrid grid = returns.grid(
                in.entryEbitda(),
                in.entryMultiple(),
                otherUses,
                su.totalDebt(),
                last.ebitda(),
                in.exitMultiple(),
                last.netDebt(),
                exitYear,
                in.sensitivity(),
                context.limits().maxGridPoints());
        return new LboOutput(su, List.copyOf(years), result, convergence(years, settings), grid, List.copyOf(warnings));
    }

    private SourcesAndUses sourcesAndUses(LboInput in, List<DebtTrancheInput> tranches) {
        double ev = in.entryMultiple() * in.entryEbitda();
        double transactionFees = orDefault(in.transactionFees(), 0);
        double financingFees = orDefault(in.financingFees(), 0);
        double minimumCash = orDefault(in.minimumCash(), 0);
        double otherUses = transactionFees + financingFees + minimumCash;
        List<SourceLine> sources = new ArrayList<>();
        double debt = 0;
        for (DebtTrancheInput t : tranches) {
            double amount = orDefault(t.amount(), 0);
            sources.add(new SourceLine(t.name(), amount));
            debt += amount;
        }
        double equity = returns.sponsorEquity(in.entryEbitda(), in.entryMultiple(), otherUses, debt);
        sources.add(new SourceLine("Sponsor equity", equity));
        return new SourcesAndUses(
                ev,
                transactionFees,
                financingFees,
                minimumCash,
                ev + otherUses,
                List.copyOf(sources),
                debt,
                equity,
                debt + equity,
                debt / in.entryEbitda());
    }

    private static OperatingYear operating(int year, LboOperatingYear d, double previousRevenue) {
        double revenue = previousRevenue * (1 + d.revenueGrowth());
        return new OperatingYear(
                year,
                revenue,
                revenue * d.ebitdaMargin(),
                revenue * orDefault(d.daPctRevenue(), 0),
                revenue * orDefault(d.capexPctRevenue(), 0),
                (revenue - previousRevenue) * orDefault(d.nwcPctChangeInRevenue(), 0));
    }

    private static LboConvergence convergence(List<LboYear> years, SolverSettings s) {
        int maxIterations = 0;
        double maxResidual = 0;
        for (LboYear y : years) {
            maxIterations = Math.max(maxIterations, y.iterations());
            maxResidual = Math.max(maxResidual, y.residual());
        }
        return new LboConvergence(
                s.averageBalances(),
                maxResidual <= s.tolerance(),
                maxIterations,
                maxResidual,
                s.tolerance(),
                s.maxIterations());
    }
}
