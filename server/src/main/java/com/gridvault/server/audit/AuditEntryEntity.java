package com.gridvault.server.audit;

import com.gridvault.server.tenancy.TenantScope;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * An audit row, visible only within its chain (the organization, or {@code appliance}). Rows are
 * written once and never changed, so the class has no mutators. Not cached: verification must read
 * what the database holds now, not what this JVM wrote.
 */
@Entity
@Table(name = "audit_entry")
@Cacheable(false)
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "chain_id", contextProperty = TenantScope.TENANT_PROPERTY)
public class AuditEntryEntity {

    @Id
    String id;

    @Column(name = "org_id")
    String orgId;

    @Column(nullable = false)
    long seq;

    @Column(name = "occurred_at", nullable = false)
    OffsetDateTime occurredAt;

    @Column(name = "actor_user_id")
    String actorUserId;

    @Column(name = "actor_name")
    String actorName;

    @Column(nullable = false)
    String action;

    @Column(name = "target_type")
    String targetType;

    @Column(name = "target_id")
    String targetId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Outcome outcome;

    String ip;

    @Column(name = "request_id")
    String requestId;

    String details;

    @Column(name = "prev_hash", nullable = false)
    String prevHash;

    @Column(nullable = false)
    String hash;

    protected AuditEntryEntity() {}

    AuditEntryEntity(AuditEntry e) {
        this.id = e.id();
        this.orgId = e.orgId();
        this.seq = e.seq();
        this.occurredAt = e.occurredAt().atOffset(ZoneOffset.UTC);
        this.actorUserId = e.actorUserId();
        this.actorName = e.actorName();
        this.action = e.action();
        this.targetType = e.targetType();
        this.targetId = e.targetId();
        this.outcome = e.outcome();
        this.ip = e.ip();
        this.requestId = e.requestId();
        this.details = e.details();
        this.prevHash = e.prevHash();
        this.hash = e.hash();
    }

    AuditEntry toEntry() {
        return new AuditEntry(
                id,
                orgId,
                seq,
                occurredAt.toInstant(),
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
                hash);
    }
}
