package com.gridvault.models.derivatives.montecarlo;

import com.gridvault.plugin.api.model.Doc;

/**
 * A discretely monitored barrier, checked at each simulation step t_1..t_N (not at t_0).
 *
 * @param type direction and knock-in or knock-out
 * @param level the barrier level
 */
@Doc("A barrier monitored at every simulation step after today (discrete monitoring, no continuity correction)")
public record Barrier(
        @Doc("UP_AND_OUT, UP_AND_IN, DOWN_AND_OUT or DOWN_AND_IN") BarrierType type,
        @Doc("Barrier level in the underlying's price units; above spot for UP, below spot for DOWN") double level) {}
