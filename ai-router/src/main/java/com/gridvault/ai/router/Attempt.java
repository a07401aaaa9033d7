package com.gridvault.ai.router;

import com.gridvault.ai.router.usage.CallOutcome;
import java.time.Duration;
import java.util.Objects;

/**
 * One step of a routed call, for the audit trail: a call to a route, or a route skipped.
 *
 * @param route the route
 * @param number the attempt number on this route, from 1; 0 for a skipped route
 * @param outcome how it ended; {@link CallOutcome#CIRCUIT_OPEN} and {@link
 *     CallOutcome#NO_CONNECTION} mark skips
 * @param detail the provider's error message or why the route was left, empty on success
 * @param waitedBefore how long the router waited before this attempt
 */
public record Attempt(ProviderRoute route, int number, CallOutcome outcome, String detail, Duration waitedBefore) {

    /** Rejects missing parts. */
    public Attempt {
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(outcome, "outcome");
        detail = detail == null ? "" : detail;
        Objects.requireNonNull(waitedBefore, "waitedBefore");
    }

    static Attempt skipped(ProviderRoute route, CallOutcome why, String detail) {
        return new Attempt(route, 0, why, detail, Duration.ZERO);
    }
}
