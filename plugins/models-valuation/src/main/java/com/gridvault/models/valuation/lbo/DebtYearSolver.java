package com.gridvault.models.valuation.lbo;

import static com.gridvault.models.valuation.common.Checks.orDefault;

import java.util.ArrayList;
import java.util.List;

/**
 * Solves one year of the debt schedule. Interest on average balances depends on closing balances,
 * which depend on cash flow after interest, so the year is recomputed with the interest its own
 * balances imply until no tranche's interest moves by more than the tolerance (the fixed-point
 * iteration behind Excel's iterative calculation; Rosenbaum &amp; Pearl, <i>Investment Banking</i>,
 * ch. 5, "circularity"). Each pass is a contraction with factor about {@code rate * (1 - tax) / 2},
 * so it converges in a handful of iterations for any sane rate.
 */
final class DebtYearSolver {

    static final DebtYearSolver DEFAULT = new DebtYearSolver();

    static final double DEFAULT_AMORTIZATION = 0.01;

    private DebtYearSolver() {}

    /** One pass of the year with given per-tranche interest and fees. */
    private record Pass(
            double taxes,
            double netIncome,
            double cashFlow,
            double[] draw,
            double[] mandatory,
            double[] sweep,
            double[] closing,
            double closingCash,
            double shortfall) {}

    LboYear solve(
            OperatingYear op,
            List<DebtTrancheInput> tranches,
            double[] original,
            double[] opening,
            double openingCash,
            SolverSettings s) {
        int n = tranches.size();
        double[] interest = new double[n];
        double[] fees = new double[n];
        charges(tranches, opening, opening, false, interest, fees);
        Pass pass = pass(op, tranches, original, opening, openingCash, interest, fees, s);
        int iterations = 1;
        double residual = 0;
        if (s.averageBalances()) {
            double[] nextInterest = new double[n];
            double[] nextFees = new double[n];
            while (true) {
                charges(tranches, opening, pass.closing(), true, nextInterest, nextFees);
                residual = maxDifference(interest, nextInterest, fees, nextFees);
                if (residual <= s.tolerance() || iterations >= s.maxIterations()) {
                    break;
                }
                System.arraycopy(nextInterest, 0, interest, 0, n);
                System.arraycopy(nextFees, 0, fees, 0, n);
                pass = pass(op, tranches, original, opening, openingCash, interest, fees, s);
                iterations++;
            }
        }
        return toYear(op, tranches, opening, openingCash, interest, fees, pass, iterations, residual);
    }

    private static Pass pass(
            OperatingYear op,
            List<DebtTrancheInput> tranches,
            double[] original,
            double[] opening,
            double openingCash,
            double[] interest,
            double[] fees,
            SolverSettings s) {
        int n = tranches.size();
        double financing = sum(interest) + sum(fees);
        double ebit = op.ebitda() - op.da();
        double taxes = Math.max(0, ebit - financing) * s.taxRate();
        double netIncome = ebit - financing - taxes;
        double cashFlow = netIncome + op.da() - op.capex() - op.changeInNwc();
        double[] draw = new double[n];
        double[] mandatory = new double[n];
        double[] sweep = new double[n];
        for (int i = 0; i < n; i++) {
            DebtTrancheInput t = tranches.get(i);
            if (t.type() == TrancheType.TERM_LOAN) {
                mandatory[i] = Math.min(opening[i], orDefault(t.amortizationPct(), DEFAULT_AMORTIZATION) * original[i]);
            }
        }
        double cash = openingCash + cashFlow - sum(mandatory);
        double excess = cash - s.minimumCash();
        if (excess < 0) {
            for (int i = 0; i < n && excess < 0; i++) {
                if (tranches.get(i).type() == TrancheType.REVOLVER) {
                    draw[i] = Math.min(-excess, Math.max(0, tranches.get(i).commitment() - opening[i]));
                    excess += draw[i];
                }
            }
            cash = s.minimumCash() + excess;
        } else {
            double afterRevolver =
                    sweepInto(TrancheType.REVOLVER, tranches, opening, mandatory, sweep, excess * s.sweepPct());
            sweepInto(TrancheType.TERM_LOAN, tranches, opening, mandatory, sweep, afterRevolver);
            cash -= sum(sweep);
        }
        double[] closing = new double[n];
        for (int i = 0; i < n; i++) {
            closing[i] = opening[i] + draw[i] - mandatory[i] - sweep[i];
        }
        double shortfall = Math.max(0, s.minimumCash() - cash);
        return new Pass(taxes, netIncome, cashFlow, draw, mandatory, sweep, closing, cash, shortfall);
    }

    /** Applies available cash to tranches of one kind in input order; returns what is left. */
    private static double sweepInto(
            TrancheType type,
            List<DebtTrancheInput> tranches,
            double[] opening,
            double[] mandatory,
            double[] sweep,
            double available) {
        double left = available;
        for (int i = 0; i < tranches.size() && left > 0; i++) {
            if (tranches.get(i).type() == type) {
                sweep[i] = Math.min(left, opening[i] - mandatory[i]);
                left -= sweep[i];
            }
        }
        return left;
    }

    /** Interest and commitment fees implied by balances: on the average, or on the opening balance. */
    private static void charges(
            List<DebtTrancheInput> tranches,
            double[] opening,
            double[] closing,
            boolean average,
            double[] interest,
            double[] fees) {
        for (int i = 0; i < tranches.size(); i++) {
            DebtTrancheInput t = tranches.get(i);
            double balance = average ? (opening[i] + closing[i]) / 2 : opening[i];
            interest[i] = t.interestRate() * balance;
            fees[i] = t.type() == TrancheType.REVOLVER
                    ? orDefault(t.commitmentFeeRate(), 0) * Math.max(0, t.commitment() - balance)
                    : 0;
        }
    }

    private static LboYear toYear(
            OperatingYear op,
            List<DebtTrancheInput> tranches,
            double[] opening,
            double openingCash,
            double[] interest,
            double[] fees,
            Pass p,
            int iterations,
            double residual) {
        List<TrancheYear> rows = new ArrayList<>(tranches.size());
        for (int i = 0; i < tranches.size(); i++) {
            DebtTrancheInput t = tranches.get(i);
            rows.add(new TrancheYear(
                    t.name(),
                    t.type(),
                    opening[i],
                    p.draw()[i],
                    p.mandatory()[i],
                    p.sweep()[i],
                    p.closing()[i],
                    (opening[i] + p.closing()[i]) / 2,
                    interest[i],
                    fees[i]));
        }
        double debt = sum(p.closing());
        double netDebt = debt - p.closingCash();
        return new LboYear(
                op.year(),
                op.revenue(),
                op.ebitda(),
                op.da(),
                op.ebitda() - op.da(),
                sum(interest) + sum(fees),
                p.taxes(),
                p.netIncome(),
                op.capex(),
                op.changeInNwc(),
                p.cashFlow(),
                sum(p.mandatory()),
                sum(p.draw()),
                sum(p.sweep()),
                openingCash,
                p.closingCash(),
                p.shortfall(),
                debt,
                netDebt,
                op.ebitda() > 0 ? netDebt / op.ebitda() : null,
                List.copyOf(rows),
                iterations,
                residual);
    }

    private static double maxDifference(double[] a, double[] b, double[] c, double[] d) {
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.max(Math.abs(a[i] - b[i]), Math.abs(c[i] - d[i])));
        }
        return max;
    }

    private static double sum(double[] values) {
        double total = 0;
        for (double v : values) {
            total += v;
        }
        return total;
    }
}
