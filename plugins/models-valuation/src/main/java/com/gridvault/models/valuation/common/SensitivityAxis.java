package com.gridvault.models.valuation.common;

import java.util.ArrayList;
import java.util.List;

/**
 * A sensitivity axis centred on a base value: {@code base + k * step} for {@code k} from {@code
 * -stepsEachSide} to {@code +stepsEachSide}, so the middle point is exactly the base case.
 */
public final class SensitivityAxis {

    /** The largest long whose square fits in a long. */
    private static final long MAX_SQUARABLE = 3_037_000_499L;

    private SensitivityAxis() {}

    /**
     * Builds the axis values in ascending order (for a positive step).
     *
     * @param base the base-case value, placed in the middle
     * @param step the distance between neighbouring points
     * @param stepsEachSide how many points on each side of the base
     * @return {@code 2 * stepsEachSide + 1} values
     */
    public static List<Double> centred(double base, double step, int stepsEachSide) {
        List<Double> values = new ArrayList<>(2 * stepsEachSide + 1);
        for (int k = -stepsEachSide; k <= stepsEachSide; k++) {
            values.add(k == 0 ? base : base + k * step);
        }
        return List.copyOf(values);
    }

    /**
     * The number of points in a square grid with the given steps on each side of both axes.
     *
     * @param stepsEachSide steps each side of the centre
     * @return {@code (2 * stepsEachSide + 1)^2}, saturating at {@link Long#MAX_VALUE}
     */
    public static long squareGridPoints(int stepsEachSide) {
        long side = 2L * stepsEachSide + 1;
        return side > MAX_SQUARABLE ? Long.MAX_VALUE : side * side;
    }
}
