package com.gridvault.models.valuation.lbo;

import com.gridvault.plugin.api.model.Doc;

/**
 * The shape of the entry x exit multiple returns grid, centred on the base case.
 *
 * @param entryMultipleStep distance between entry multiples, default 0.5
 * @param exitMultipleStep distance between exit multiples, default 0.5
 * @param stepsEachSide points on each side of the base, default 2
 */
@Doc("Entry x exit multiple returns grid centred on the base case; (2*stepsEachSide+1)^2 points.")
public record LboSensitivityInput(
        @Doc("Distance between entry multiples, times (x). Default 0.5.") Double entryMultipleStep,
        @Doc("Distance between exit multiples, times (x). Default 0.5.") Double exitMultipleStep,
        @Doc("Points on each side of the base case, 0 or more. Default 2 (5 x 5 grid).") Integer stepsEachSide) {}
