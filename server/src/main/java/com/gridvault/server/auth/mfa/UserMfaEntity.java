package com.gridvault.server.auth.mfa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A user's TOTP enrolment. */
@Entity
@Table(name = "user_mfa")
public class UserMfaEntity {

    @Id
    @Column(name = "user_id")
    String userId;

    @Column(name = "secret_sealed", nullable = false)
    String secretSealed;

    @Column(name = "enabled", nullable = false)
    boolean enabled;

    @Column(name = "recovery_codes", nullable = false)
    String recoveryCodes;

    @Column(name = "last_step", nullable = false)
    long lastStep;

    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;

    @Column(name = "enabled_at")
    OffsetDateTime enabledAt;

    protected UserMfaEntity() {}

    UserMfaEntity(String userId, String secretSealed, OffsetDateTime now) {
        this.userId = userId;
        this.secretSealed = secretSealed;
        this.recoveryCodes = "";
        this.createdAt = now;
    }

    void restart(String sealed, OffsetDateTime now) {
        this.secretSealed = sealed;
        this.enabled = false;
        this.recoveryCodes = "";
        this.lastStep = 0;
        this.createdAt = now;
        this.enabledAt = null;
    }

    void enable(String recoveryHashes, long step, OffsetDateTime now) {
        this.enabled = true;
        this.recoveryCodes = recoveryHashes;
        this.lastStep = step;
        this.enabledAt = now;
    }

    void used(long step) {
        this.lastStep = step;
    }

    void recoveryCodes(String hashes) {
        this.recoveryCodes = hashes;
    }
}
