package com.gridvault.models.quant.portfolio;

import com.gridvault.plugin.api.model.Doc;

/** How a VaR figure was estimated. */
@Doc("VaR method")
public enum VarMethod {
    /** Empirical quantile of P&amp;L from historical returns applied to current exposures. */
    HISTORICAL,
    /** Normal, zero-mean P&amp;L with variance {@code e' S e} (variance-covariance). */
    PARAMETRIC,
    /** Empirical quantile of P&amp;L simulated from a zero-mean multivariate normal, seeded. */
    MONTE_CARLO
}
