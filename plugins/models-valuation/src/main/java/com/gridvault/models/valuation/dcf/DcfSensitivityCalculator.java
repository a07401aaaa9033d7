package com.gridvault.models.valuation.dcf;

import static com.gridvault.models.valuation.common.Checks.orDefault;

import com.gridvault.models.valuation.common.SensitivityAxis;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Revalues the Gordon-growth DCF over a WACC x terminal-growth grid centred on the base case. */
final class DcfSensitivityCalculator {

    static final DcfSensitivityCalculator DEFAULT = new DcfSensitivityCalculator();

    static final double DEFAULT_WACC_STEP = 0.005;
    static final double DEFAULT_GROWTH_STEP = 0.0025;
    static final int DEFAULT_STEPS_EACH_SIDE = 2;

    private DcfSensitivityCalculator() {}

    DcfSensitivityGrid grid(
            List<ProjectedYear> years,
            double wacc,
            double growth,
            boolean midYear,
            double adjustment,
            double shares,
            DcfSensitivityInput shape,
            int maxGridPoints) {
        DcfSensitivityInput s = shape == null ? new DcfSensitivityInput(null, null, null) : shape;
        int steps = s.stepsEachSide() != null ? s.stepsEachSide() : defaultSteps(maxGridPoints);
        List<Double> waccs = SensitivityAxis.centred(wacc, orDefault(s.waccStep(), DEFAULT_WACC_STEP), steps);
        List<Double> growths = SensitivityAxis.centred(growth, orDefault(s.growthStep(), DEFAULT_GROWTH_STEP), steps);
        List<List<Double>> evs = new ArrayList<>(waccs.size());
        List<List<Double>> perShare = new ArrayList<>(waccs.size());
        for (double r : waccs) {
            List<Double> evRow = new ArrayList<>(growths.size());
            List<Double> psRow = new ArrayList<>(growths.size());
            for (double g : growths) {
                if (r <= g) {
                    evRow.add(null);
                    psRow.add(null);
                } else {
                    double ev = DcfCalculator.gordonEnterpriseValue(years, r, g, midYear);
                    evRow.add(ev);
                    psRow.add((ev + adjustment) / shares);
                }
            }
            evs.add(Collections.unmodifiableList(evRow));
            perShare.add(Collections.unmodifiableList(psRow));
        }
        return new DcfSensitivityGrid(
                waccs, growths, Collections.unmodifiableList(evs), Collections.unmodifiableList(perShare));
    }

    /** The default half-width, shrunk until the grid fits the operator's limit. */
    static int defaultSteps(int maxGridPoints) {
        int steps = DEFAULT_STEPS_EACH_SIDE;
        while (steps > 0 && SensitivityAxis.squareGridPoints(steps) > maxGridPoints) {
            steps--;
        }
        return steps;
    }
}
