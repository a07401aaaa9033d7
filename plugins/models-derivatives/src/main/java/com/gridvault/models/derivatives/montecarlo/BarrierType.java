package com.gridvault.models.derivatives.montecarlo;

import com.gridvault.plugin.api.model.Doc;

/** The direction of a barrier and whether touching it activates or cancels the option. */
@Doc("UP_AND_OUT / UP_AND_IN: barrier above spot, touched when S >= level; DOWN_AND_OUT / DOWN_AND_IN: barrier"
        + " below spot, touched when S <= level. OUT options die when touched, IN options only live if touched")
public enum BarrierType {
    /** Above spot; cancelled when touched. */
    UP_AND_OUT(true, false),
    /** Above spot; activated when touched. */
    UP_AND_IN(true, true),
    /** Below spot; cancelled when touched. */
    DOWN_AND_OUT(false, false),
    /** Below spot; activated when touched. */
    DOWN_AND_IN(false, true);

    private final boolean up;
    private final boolean knockIn;

    BarrierType(boolean up, boolean knockIn) {
        this.up = up;
        this.knockIn = knockIn;
    }

    /**
     * Tells whether the barrier lies above spot.
     *
     * @return true for up barriers
     */
    public boolean isUp() {
        return up;
    }

    /**
     * Tells whether touching the barrier activates the option (rather than cancelling it).
     *
     * @return true for knock-in barriers
     */
    public boolean isKnockIn() {
        return knockIn;
    }
}
