package com.gridvault.server.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** An invitation to an organization. */
@Entity
@Table(name = "invitation")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "org_id", contextProperty = TenantScope.TENANT_PROPERTY)
public class InvitationEntity {

    @Id
    String id;

    @Column(name = "token_hash", nullable = false)
    String tokenHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    Role role;

    @Column(name = "note")
    String note;

    @Column(name = "created_by", nullable = false)
    String createdBy;

    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;

    @Column(name = "expires_at", nullable = false)
    OffsetDateTime expiresAt;

    @Column(name = "accepted_by")
    String acceptedBy;

    @Column(name = "accepted_at")
    OffsetDateTime acceptedAt;

    protected InvitationEntity() {}

    InvitationEntity(
            String id,
            String tokenHash,
            Role role,
            String note,
            String createdBy,
            OffsetDateTime now,
            OffsetDateTime expires) {
        this.id = id;
        this.tokenHash = tokenHash;
        this.role = role;
        this.note = note;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.expiresAt = expires;
    }

    void accept(String userId, OffsetDateTime now) {
        this.acceptedBy = userId;
        this.acceptedAt = now;
    }

    Invitation toInvitation(String orgId) {
        return new Invitation(id, orgId, role, note, createdBy, createdAt, expiresAt, acceptedBy, acceptedAt);
    }
}
