package com.gridvault.server.auth.tokens;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A WebSocket connect token, by the SHA-256 of its value. */
@Entity
@Table(name = "ws_token")
public class WsTokenEntity {

    @Id
    @Column(name = "token_hash")
    String tokenHash;

    @Column(name = "user_id", nullable = false)
    String userId;

    @Column(name = "expires_at", nullable = false)
    OffsetDateTime expiresAt;

    @Column(name = "used_at")
    OffsetDateTime usedAt;

    protected WsTokenEntity() {}

    WsTokenEntity(String tokenHash, String userId, OffsetDateTime expiresAt) {
        this.tokenHash = tokenHash;
        this.userId = userId;
        this.expiresAt = expiresAt;
    }
}
