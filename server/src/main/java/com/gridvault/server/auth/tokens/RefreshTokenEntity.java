package com.gridvault.server.auth.tokens;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A refresh token row; only the SHA-256 of the token is stored. */
@Entity
@Table(name = "refresh_token")
public class RefreshTokenEntity {

    @Id
    String id;

    @Column(name = "family_id", nullable = false)
    String familyId;

    @Column(name = "user_id", nullable = false)
    String userId;

    @Column(name = "token_hash", nullable = false, unique = true)
    String tokenHash;

    @Column(name = "expires_at", nullable = false)
    OffsetDateTime expiresAt;

    @Column(name = "used_at")
    OffsetDateTime usedAt;

    @Column(name = "revoked_at")
    OffsetDateTime revokedAt;

    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;

    protected RefreshTokenEntity() {}

    RefreshTokenEntity(
            String id,
            String familyId,
            String userId,
            String tokenHash,
            OffsetDateTime expiresAt,
            OffsetDateTime createdAt) {
        this.id = id;
        this.familyId = familyId;
        this.userId = userId;
        this.tokenHash = tokenHash;
        this.expiresAt = expiresAt;
        this.createdAt = createdAt;
    }

    /**
     * Changes fields inside the entity: EclipseLink's woven change tracking only sees writes made by
     * the entity's own methods, so a field assignment from another class would be silently lost.
     */
    void markUsed(java.time.OffsetDateTime when) {
        this.usedAt = when;
    }
}
