package com.gridvault.models.derivatives.common;

import com.gridvault.plugin.api.model.Doc;

/** When an option may be exercised. */
@Doc("EUROPEAN: exercise at expiry only; AMERICAN: exercise at any time up to expiry")
public enum ExerciseStyle {
    /** Exercise at expiry only. */
    EUROPEAN,
    /** Exercise at any time up to and including expiry. */
    AMERICAN
}
