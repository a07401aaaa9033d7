package com.gridvault.ai.router;

import com.gridvault.plugin.api.ai.AiProviderException.Kind;

/** What the router does after a provider failure; the table is documented on {@link AiRouter}. */
enum Reaction {
    /** Retry the same route (with backoff or Retry-After), then fall back to the next route. */
    RETRY_THEN_FALL_BACK,
    /** Do not retry this route; try the next one. */
    FALL_BACK,
    /** Stop: every route would fail the same way, so the failure goes to the caller. */
    FAIL;

    static Reaction to(Kind kind) {
        return switch (kind) {
            case RATE_LIMITED, TIMEOUT, UNAVAILABLE -> RETRY_THEN_FALL_BACK;
            case AUTHENTICATION -> FALL_BACK;
            case BAD_REQUEST, CONTEXT_TOO_LONG, CONTENT_FILTERED -> FAIL;
        };
    }
}
