package com.gridvault.models.valuation.dcf;

import com.gridvault.plugin.api.model.Doc;

/**
 * The shape of the WACC x terminal-growth grid, centred on the base case.
 *
 * @param waccStep distance between WACC points, default 0.005
 * @param growthStep distance between growth points, default 0.0025
 * @param stepsEachSide points on each side of the base, default 2 (a 5 x 5 grid)
 */
@Doc("WACC x terminal-growth sensitivity grid centred on the base case; (2*stepsEachSide+1)^2 points.")
public record DcfSensitivityInput(
        @Doc("Distance between WACC points, decimal. Default 0.005 (50 bp).") Double waccStep,
        @Doc("Distance between terminal-growth points, decimal. Default 0.0025 (25 bp).") Double growthStep,
        @Doc("Points on each side of the base case, 0 or more. Default 2 (5 x 5 grid).") Integer stepsEachSide) {}
