package com.gridvault.models.valuation.lbo;

import com.gridvault.models.valuation.common.Compounding;
import com.gridvault.models.valuation.common.SensitivityAxis;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Sponsor returns for one equity cheque at close and one distribution at exit: {@code MOIC = exit
 * equity / invested equity}, {@code IRR = MOIC^(1/years) - 1} (Rosenbaum &amp; Pearl,
 * <i>Investment Banking</i>, ch. 5, "returns analysis").
 */
public final class LboReturnsCalculator {

    /** The shared stateless instance. */
    public static final LboReturnsCalculator DEFAULT = new LboReturnsCalculator();

    static final double DEFAULT_STEP = 0.5;
    static final int DEFAULT_STEPS_EACH_SIDE = 2;

    private LboReturnsCalculator() {}

    /**
     * Sponsor equity at close: total uses minus debt.
     *
     * @param entryEbitda EBITDA at entry
     * @param entryMultiple purchase EV / EBITDA
     * @param otherUses fees and cash to balance sheet
     * @param totalDebt debt raised
     * @return the equity plug
     */
    public double sponsorEquity(double entryEbitda, double entryMultiple, double otherUses, double totalDebt) {
        return entryMultiple * entryEbitda + otherUses - totalDebt;
    }

    /**
     * Equity value at exit, floored at zero (the sponsor's liability is limited).
     *
     * @param exitEbitda exit-year EBITDA
     * @param exitMultiple exit EV / EBITDA
     * @param netDebt net debt at exit
     * @return the sponsor's proceeds
     */
    public double exitEquity(double exitEbitda, double exitMultiple, double netDebt) {
        return Math.max(0, exitMultiple * exitEbitda - netDebt);
    }

    /**
     * Returns for one base case.
     *
     * @param invested sponsor equity at close, greater than 0
     * @param exitEquity proceeds at exit
     * @param years holding period
     * @return {@code {moic, irr}}
     */
    public double[] moicAndIrr(double invested, double exitEquity, int years) {
        double moic = exitEquity / invested;
        return new double[] {moic, Compounding.irrFromMultiple(moic, years)};
    }

    LboSensitivityGrid grid(
            double entryEbitda,
            double entryMultiple,
            double otherUses,
            double totalDebt,
            double exitEbitda,
            double exitMultiple,
            double netDebtAtExit,
            int exitYear,
            LboSensitivityInput shape,
            int maxGridPoints) {
        LboSensitivityInput s = shape == null ? new LboSensitivityInput(null, null, null) : shape;
        int steps = s.stepsEachSide() != null ? s.stepsEachSide() : defaultSteps(maxGridPoints);
        List<Double> entries = SensitivityAxis.centred(entryMultiple, step(s.entryMultipleStep()), steps);
        List<Double> exits = SensitivityAxis.centred(exitMultiple, step(s.exitMultipleStep()), steps);
        List<List<Double>> irr = new ArrayList<>();
        List<List<Double>> moic = new ArrayList<>();
        for (double entry : entries) {
            double invested = sponsorEquity(entryEbitda, entry, otherUses, totalDebt);
            List<Double> irrRow = new ArrayList<>();
            List<Double> moicRow = new ArrayList<>();
            for (double exit : exits) {
                if (entry <= 0 || exit <= 0 || invested <= 0) {
                    irrRow.add(null);
                    moicRow.add(null);
                } else {
                    double[] r = moicAndIrr(invested, exitEquity(exitEbitda, exit, netDebtAtExit), exitYear);
                    moicRow.add(r[0]);
                    irrRow.add(r[1]);
                }
            }
            irr.add(Collections.unmodifiableList(irrRow));
            moic.add(Collections.unmodifiableList(moicRow));
        }
        return new LboSensitivityGrid(
                entries, exits, Collections.unmodifiableList(irr), Collections.unmodifiableList(moic));
    }

    private static double step(Double step) {
        return step == null ? DEFAULT_STEP : step;
    }

    static int defaultSteps(int maxGridPoints) {
        int steps = DEFAULT_STEPS_EACH_SIDE;
        while (steps > 0 && SensitivityAxis.squareGridPoints(steps) > maxGridPoints) {
            steps--;
        }
        return steps;
    }
}
