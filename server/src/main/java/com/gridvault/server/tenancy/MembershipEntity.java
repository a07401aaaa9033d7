package com.gridvault.server.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;

/** A user's membership in an organization; a directory row, read across organizations for "my orgs". */
@Entity
@Table(name = "membership")
@IdClass(MembershipEntity.Key.class)
public class MembershipEntity {

    @Id
    @Column(name = "org_id")
    String orgId;

    @Id
    @Column(name = "user_id")
    String userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Role role;

    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;

    protected MembershipEntity() {}

    MembershipEntity(String orgId, String userId, Role role, OffsetDateTime createdAt) {
        this.orgId = orgId;
        this.userId = userId;
        this.role = role;
        this.createdAt = createdAt;
    }

    /** Composite key. */
    public record Key(String orgId, String userId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    /**
     * Changes fields inside the entity: EclipseLink's woven change tracking only sees writes made by
     * the entity's own methods, so a field assignment from another class would be silently lost.
     */
    void changeRole(Role newRole) {
        this.role = newRole;
    }
}
