package com.gridvault.models.derivatives.common;

import com.gridvault.plugin.api.model.Doc;

/** Whether an option gives the right to buy or to sell the underlying. */
@Doc("CALL: right to buy the underlying at the strike; PUT: right to sell it at the strike")
public enum OptionType {
    /** The right to buy at the strike. */
    CALL,
    /** The right to sell at the strike. */
    PUT;

    /**
     * Returns the payoff at exercise, {@code max(s - k, 0)} for a call and {@code max(k - s, 0)} for a put.
     *
     * @param underlying the underlying price at exercise
     * @param strike the strike
     * @return the non-negative payoff
     */
    public double payoff(double underlying, double strike) {
        return Math.max(this == CALL ? underlying - strike : strike - underlying, 0.0);
    }
}
