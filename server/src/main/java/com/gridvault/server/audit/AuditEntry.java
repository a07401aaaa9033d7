package com.gridvault.server.audit;

import com.gridvault.server.secrets.Digests;
import java.time.Instant;

/**
 * One stored audit entry, a link of its organization's hash chain.
 *
 * @param id the entry id
 * @param orgId the organization; null for appliance-level events
 * @param seq position in the chain, from 1 without gaps
 * @param occurredAt when it happened (microsecond precision, as stored)
 * @param actorUserId the acting account; null when unknown
 * @param actorName the acting account's name; null when unknown
 * @param action e.g. {@code auth.login}
 * @param targetType the kind of object acted on; may be null
 * @param targetId the object's id; may be null
 * @param outcome how it ended
 * @param ip the client address; may be null
 * @param requestId the correlation id ({@code X-Request-Id}); null outside a request
 * @param details JSON object text; may be null
 * @param prevHash the previous entry's hash ({@link #GENESIS} for seq 1)
 * @param hash SHA-256 (lower-case hex) of {@link #canonicalForm()}
 */
public record AuditEntry(
        String id,
        String orgId,
        long seq,
        Instant occurredAt,
        String actorUserId,
        String actorName,
        String action,
        String targetType,
        String targetId,
        Outcome outcome,
        String ip,
        String requestId,
        String details,
        String prevHash,
        String hash) {

    /** The chain of appliance-level events (those without an organization). */
    public static final String APPLIANCE_CHAIN = "appliance";

    /** The previous hash of a chain's first entry. */
    public static final String GENESIS = "0".repeat(64);

    private static final String FORMAT = "gridvault-audit-v1";

    /** The chain an organization's entries belong to. */
    public static String chainOf(String orgId) {
        return orgId == null ? APPLIANCE_CHAIN : orgId;
    }

    public String chainId() {
        return chainOf(orgId);
    }

    /**
     * The exact text that is hashed: a version line, then one line per field in a fixed order, each
     * {@code name=~} for null or {@code name=<length in UTF-16 units>:<value>}. Length prefixes make
     * the form unambiguous whatever the values contain (newlines, '=' or ':'); the time is an ISO-8601
     * UTC instant. An external verifier can rebuild it from a JSON or CSV export.
     */
    public String canonicalForm() {
        StringBuilder out = new StringBuilder(FORMAT).append('\n');
        field(out, "id", id);
        field(out, "chain", chainId());
        field(out, "org_id", orgId);
        field(out, "seq", Long.toString(seq));
        field(out, "occurred_at", occurredAt.toString());
        field(out, "actor_user_id", actorUserId);
        field(out, "actor_name", actorName);
        field(out, "action", action);
        field(out, "target_type", targetType);
        field(out, "target_id", targetId);
        field(out, "outcome", outcome.name());
        field(out, "ip", ip);
        field(out, "request_id", requestId);
        field(out, "details", details);
        field(out, "prev_hash", prevHash);
        return out.toString();
    }

    /** Recomputes the hash from the fields; differs from {@link #hash()} when the entry was altered. */
    public String computeHash() {
        return Digests.sha256Hex(canonicalForm());
    }

    /** Links a draft into a chain after the entry {@code seq - 1} whose hash is {@code prevHash}. */
    static AuditEntry seal(Draft d, long seq, String prevHash) {
        AuditEntry unsealed = new AuditEntry(
                d.id(),
                d.orgId(),
                seq,
                d.occurredAt(),
                d.actorUserId(),
                d.actorName(),
                d.action(),
                d.targetType(),
                d.targetId(),
                d.outcome(),
                d.ip(),
                d.requestId(),
                d.details(),
                prevHash,
                null);
        return unsealed.withHash(unsealed.computeHash());
    }

    private AuditEntry withHash(String newHash) {
        return new AuditEntry(
                id,
                orgId,
                seq,
                occurredAt,
                actorUserId,
                actorName,
                action,
                targetType,
                targetId,
                outcome,
                ip,
                requestId,
                details,
                prevHash,
                newHash);
    }

    private static void field(StringBuilder out, String name, String value) {
        out.append(name).append('=');
        if (value == null) {
            out.append('~');
        } else {
            out.append(value.length()).append(':').append(value);
        }
        out.append('\n');
    }

    /** Shortens client-supplied text to a column's size, marking the cut. */
    static String clip(String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        return value.substring(0, max - 3) + "...";
    }

    /** An entry before it is linked into its chain: everything but seq and the hashes. */
    record Draft(
            String id,
            String orgId,
            Instant occurredAt,
            String actorUserId,
            String actorName,
            String action,
            String targetType,
            String targetId,
            Outcome outcome,
            String ip,
            String requestId,
            String details) {

        String chainId() {
            return chainOf(orgId);
        }
    }
}
