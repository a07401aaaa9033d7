package com.gridvault.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Audit events: validation, clipping, and the hash over the canonical form. */
class AuditEventTest {

    @Test
    void actionsAreDottedLowerCase() {
        assertThat(AuditEvent.of(null, "auth.login", Outcome.SUCCESS).action()).isEqualTo("auth.login");
        assertThat(AuditEvent.of(null, "member.role_changed", Outcome.SUCCESS).action())
                .isEqualTo("member.role_changed");
        assertThatThrownBy(() -> AuditEvent.of(null, "Auth Login", Outcome.SUCCESS))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AuditEvent.of(null, "auth.", Outcome.SUCCESS))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AuditEvent.of(null, null, Outcome.SUCCESS)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> AuditEvent.of(null, "auth.login", null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void detailsAreSortedImmutableAndClipped() {
        AuditEvent event = AuditEvent.of("o", "x.y", Outcome.SUCCESS)
                .withDetail("zeta", "1")
                .withDetail("alpha", "x".repeat(10_000))
                .withDetail("none", null);
        assertThat(event.details().keySet()).containsExactly("alpha", "none", "zeta");
        assertThat(event.details().get("alpha"))
                .hasSize(AuditEvent.MAX_DETAIL_VALUE)
                .endsWith("...");
        assertThatThrownBy(() -> event.details().put("b", "c")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> event.withDetail("bad key", "v")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new AuditEvent("o", "x.y", null, null, Outcome.FAILURE, null, null, null).details())
                .isEqualTo(Map.of());
    }

    @Test
    void draftsClipClientSuppliedValuesToTheirColumns() {
        AuditLog log = new AuditLog();
        AuditEntry.Draft draft = log.draft(AuditEvent.of("o", "auth.login", Outcome.FAILURE)
                .withActor(null, "n".repeat(10_000))
                .withTarget("user", "t".repeat(1_000)));
        assertThat(draft.actorName()).hasSize(254);
        assertThat(draft.targetId()).hasSize(200);
        assertThat(draft.actorUserId()).isNull();
        assertThat(draft.ip()).as("no request outside the server").isNull();
        assertThat(draft.occurredAt().getNano() % 1_000)
                .as("microseconds, as the databases store")
                .isZero();
    }

    @Test
    void theHashCoversEveryFieldAndIsUnambiguous() {
        AuditEntry.Draft draft = new AuditEntry.Draft(
                "id",
                "org",
                Instant.parse("2026-01-31T00:00:00Z"),
                "u",
                "alice",
                "auth.login",
                null,
                null,
                Outcome.SUCCESS,
                "10.0.0.1",
                "req",
                null);
        AuditEntry entry = AuditEntry.seal(draft, 1, AuditEntry.GENESIS);
        assertThat(entry.hash()).hasSize(64).isEqualTo(entry.computeHash());

        AuditEntry.Draft shifted = new AuditEntry.Draft(
                "id",
                "org",
                Instant.parse("2026-01-31T00:00:00Z"),
                "u",
                "alice",
                "auth.login",
                "",
                null,
                Outcome.SUCCESS,
                "10.0.0.1",
                "req",
                null);
        assertThat(AuditEntry.seal(shifted, 1, AuditEntry.GENESIS).hash())
                .as("empty and null differ")
                .isNotEqualTo(entry.hash());
        assertThat(AuditEntry.seal(draft, 2, AuditEntry.GENESIS).hash()).isNotEqualTo(entry.hash());
        assertThat(AuditEntry.seal(draft, 1, "1".repeat(64)).hash()).isNotEqualTo(entry.hash());
        assertThat(entry.canonicalForm())
                .startsWith("gridvault-audit-v1\nid=2:id\nchain=3:org\norg_id=3:org\nseq=1:1\n")
                .contains("target_type=~\n");
    }
}
