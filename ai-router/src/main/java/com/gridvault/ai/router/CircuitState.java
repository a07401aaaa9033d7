package com.gridvault.ai.router;

/** The state of the circuit of one organization's endpoint, as an admin console would show it. */
public enum CircuitState {
    /** Calls go through. */
    CLOSED,
    /** Too many recent failures: the endpoint is skipped until the open duration has passed. */
    OPEN,
    /** The open duration has passed: a few trial calls decide whether to close or open again. */
    HALF_OPEN,
    /** Calls go through but are not counted (a forced state; the router never sets it). */
    DISABLED
}
