package com.gridvault.ai.router.usage;

import com.gridvault.plugin.api.ai.AiProviderException;

/** How one attempt on one route ended, for the usage ledger and the audit trail of a call. */
public enum CallOutcome {
    /** The provider answered. */
    SUCCESS,
    /** See {@link AiProviderException.Kind#RATE_LIMITED}. */
    RATE_LIMITED,
    /** See {@link AiProviderException.Kind#AUTHENTICATION}. */
    AUTHENTICATION,
    /** See {@link AiProviderException.Kind#TIMEOUT}; also the router's own per-call timeout. */
    TIMEOUT,
    /** See {@link AiProviderException.Kind#CONTEXT_TOO_LONG}. */
    CONTEXT_TOO_LONG,
    /** See {@link AiProviderException.Kind#CONTENT_FILTERED}. */
    CONTENT_FILTERED,
    /** See {@link AiProviderException.Kind#UNAVAILABLE}. */
    UNAVAILABLE,
    /** See {@link AiProviderException.Kind#BAD_REQUEST}. */
    BAD_REQUEST,
    /** The caller cancelled the call, or the stream's listener failed. */
    CANCELLED,
    /** Not called: the endpoint's circuit was open. */
    CIRCUIT_OPEN,
    /** Not called: the endpoint has no connection (deleted or disabled). */
    NO_CONNECTION;

    /**
     * Returns the outcome of a provider failure.
     *
     * @param kind the failure's kind
     * @return the outcome of the same name
     */
    public static CallOutcome of(AiProviderException.Kind kind) {
        return valueOf(kind.name());
    }

    /**
     * Tells whether the provider was actually called.
     *
     * @return false for {@link #CIRCUIT_OPEN} and {@link #NO_CONNECTION}
     */
    public boolean called() {
        return this != CIRCUIT_OPEN && this != NO_CONNECTION;
    }
}
