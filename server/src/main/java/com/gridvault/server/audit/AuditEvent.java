package com.gridvault.server.audit;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Something to audit, as a feature describes it; {@link AuditLog} adds time, actor, IP and request
 * id. Build with {@link #of} and the {@code with...} methods:
 *
 * <pre>{@code
 * audit.record(AuditEvent.of(orgId, "member.role_changed", Outcome.SUCCESS)
 *         .withTarget("user", userId)
 *         .withDetail("role", "ADMIN"));
 * }</pre>
 *
 * Values that come from clients (ids, names, detail values) are clipped, never rejected, so an
 * oversized value cannot make an audit entry fail. Never put secrets (passwords, tokens) in details.
 *
 * @param orgId the organization the action concerns; null for appliance-level events
 * @param action dotted lower-case name, e.g. {@code auth.login}
 * @param targetType the kind of object acted on, e.g. {@code workspace}; may be null
 * @param targetId the object's id; may be null
 * @param outcome how it ended
 * @param details extra facts, sorted by key; never null
 * @param actor who acted, when the feature knows better than the request (login attempts); may be null
 * @param ip the client address, when the feature knows better than the request; may be null
 */
public record AuditEvent(
        String orgId,
        String action,
        String targetType,
        String targetId,
        Outcome outcome,
        Map<String, String> details,
        AuditActor actor,
        String ip) {

    static final int MAX_DETAILS = 32;
    static final int MAX_DETAIL_VALUE = 2_000;
    private static final Pattern ACTION = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z0-9_]+)*");
    private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");

    public AuditEvent {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        if (action.length() > 100 || !ACTION.matcher(action).matches()) {
            throw new IllegalArgumentException("Audit action must be dotted lower case, e.g. auth.login: " + action);
        }
        TreeMap<String, String> sorted = new TreeMap<>();
        (details == null ? Map.<String, String>of() : details).forEach((key, value) -> {
            if (!KEY.matcher(key).matches()) {
                throw new IllegalArgumentException("Audit detail keys are identifiers: " + key);
            }
            sorted.put(key, AuditEntry.clip(value, MAX_DETAIL_VALUE));
        });
        if (sorted.size() > MAX_DETAILS) {
            throw new IllegalArgumentException("At most " + MAX_DETAILS + " audit details");
        }
        details = java.util.Collections.unmodifiableSortedMap(sorted);
    }

    /** An event without target, details, explicit actor or IP. */
    public static AuditEvent of(String orgId, String action, Outcome outcome) {
        return new AuditEvent(orgId, action, null, null, outcome, Map.of(), null, null);
    }

    public AuditEvent withTarget(String type, String id) {
        return new AuditEvent(orgId, action, type, id, outcome, details, actor, ip);
    }

    /** Adds one detail; a null value is kept as JSON null. */
    public AuditEvent withDetail(String key, String value) {
        TreeMap<String, String> more = new TreeMap<>(details);
        more.put(key, value);
        return new AuditEvent(orgId, action, targetType, targetId, outcome, more, actor, ip);
    }

    /** Names the actor explicitly, for events before authentication (login attempts). */
    public AuditEvent withActor(String userId, String name) {
        return new AuditEvent(orgId, action, targetType, targetId, outcome, details, new AuditActor(userId, name), ip);
    }

    /** Names the client address explicitly; otherwise the current request's remote address is used. */
    public AuditEvent withIp(String address) {
        return new AuditEvent(orgId, action, targetType, targetId, outcome, details, actor, address);
    }
}
