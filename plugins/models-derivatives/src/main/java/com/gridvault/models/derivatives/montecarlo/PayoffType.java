package com.gridvault.models.derivatives.montecarlo;

import com.gridvault.plugin.api.model.Doc;

/** What a simulated path pays at expiry. */
@Doc("EUROPEAN: vanilla on the price at expiry; ASIAN_ARITHMETIC: vanilla on the arithmetic average of the"
        + " price at the monitoring dates; BARRIER: vanilla at expiry, knocked in or out by the barrier")
public enum PayoffType {
    /** max(S_T - K, 0) for a call, max(K - S_T, 0) for a put. */
    EUROPEAN,
    /** The vanilla payoff on the arithmetic mean of S at the monitoring dates t_1..t_N (fixed strike). */
    ASIAN_ARITHMETIC,
    /** The vanilla payoff at expiry, paid or cancelled depending on whether the barrier was touched. */
    BARRIER
}
