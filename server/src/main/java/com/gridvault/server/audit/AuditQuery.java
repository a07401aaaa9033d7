package com.gridvault.server.audit;

import java.time.Instant;

/**
 * Filters of an audit listing; null fields do not filter.
 *
 * @param action an exact action, or a prefix ending in {@code .*} (e.g. {@code auth.*})
 * @param actor an account id or account name
 * @param outcome the outcome
 * @param from earliest time, inclusive
 * @param to latest time, exclusive
 */
public record AuditQuery(String action, String actor, Outcome outcome, Instant from, Instant to) {

    /** No filter: every entry. */
    public static final AuditQuery ALL = new AuditQuery(null, null, null, null, null);
}
