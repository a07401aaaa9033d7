package com.gridvault.server.auth.apikeys;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** An API key row; the secret itself is never stored. Fields change only through this class's methods (woven change tracking). */
@Entity
@Table(name = "api_key")
public class ApiKeyEntity {

    @Id
    String id;

    @Column(name = "user_id", nullable = false)
    String userId;

    @Column(nullable = false)
    String name;

    @Column(nullable = false)
    String prefix;

    @Column(name = "secret_hash", nullable = false, unique = true)
    String secretHash;

    @Column(nullable = false)
    String scopes;

    @Column(name = "expires_at")
    OffsetDateTime expiresAt;

    @Column(name = "last_used_at")
    OffsetDateTime lastUsedAt;

    @Column(name = "revoked_at")
    OffsetDateTime revokedAt;

    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;

    protected ApiKeyEntity() {}

    ApiKeyEntity(
            String id,
            String userId,
            String name,
            String prefix,
            String secretHash,
            String scopes,
            OffsetDateTime expiresAt,
            OffsetDateTime createdAt) {
        this.id = id;
        this.userId = userId;
        this.name = name;
        this.prefix = prefix;
        this.secretHash = secretHash;
        this.scopes = scopes;
        this.expiresAt = expiresAt;
        this.createdAt = createdAt;
    }

    void markUsed(OffsetDateTime when) {
        this.lastUsedAt = when;
    }

    void revoke(OffsetDateTime when) {
        this.revokedAt = when;
    }

    ApiKey toApiKey() {
        return new ApiKey(id, name, prefix, java.util.List.of(scopes.split(",")), expiresAt, lastUsedAt, createdAt);
    }
}
