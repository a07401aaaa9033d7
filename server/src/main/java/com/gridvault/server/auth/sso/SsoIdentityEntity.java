package com.gridvault.server.auth.sso;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;

/** Links an external identity to a local account. */
@Entity
@Table(name = "sso_identity")
@IdClass(SsoIdentityEntity.Key.class)
public class SsoIdentityEntity {

    /** The composite key. */
    public record Key(String provider, String subject) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "provider")
    String provider;

    @Id
    @Column(name = "subject")
    String subject;

    @Column(name = "user_id", nullable = false)
    String userId;

    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;

    protected SsoIdentityEntity() {}

    SsoIdentityEntity(String provider, String subject, String userId, OffsetDateTime now) {
        this.provider = provider;
        this.subject = subject;
        this.userId = userId;
        this.createdAt = now;
    }
}
