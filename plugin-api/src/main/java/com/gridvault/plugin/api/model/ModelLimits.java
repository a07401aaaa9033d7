package com.gridvault.plugin.api.model;

/**
 * Operator-configured ceilings that a model must enforce on its input, so one request cannot
 * exhaust the appliance. A model rejects an input over a limit with an {@link
 * com.gridvault.plugin.api.validation.InvalidInputException} naming the field and the limit.
 *
 * @param maxBars the most price bars (or observations) in one series
 * @param maxGridPoints the most parameter combinations in one sweep or sensitivity grid
 * @param maxPaths the most Monte Carlo paths in one run
 * @param maxTimeSteps the most time steps per path or tree
 */
public record ModelLimits(int maxBars, int maxGridPoints, int maxPaths, int maxTimeSteps) {

    /** The defaults the appliance ships with (see docs/CONFIGURATION.md). */
    public static final ModelLimits DEFAULT = new ModelLimits(5_000_000, 10_000, 10_000_000, 10_000);

    /** Requires every limit to be positive. */
    public ModelLimits {
        if (maxBars <= 0 || maxGridPoints <= 0 || maxPaths <= 0 || maxTimeSteps <= 0) {
            throw new IllegalArgumentException("Model limits must be positive");
        }
    }
}
