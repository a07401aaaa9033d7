package com.gridvault.server.auth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/** JPA row of {@code app_user}; never leaves the persistence layer. */
@Entity
@Table(name = "app_user")
public class UserEntity {

    @Id
    String id;

    @Column(nullable = false, unique = true)
    String username;

    @Column(name = "display_name", nullable = false)
    String displayName;

    @Column(name = "password_hash", nullable = false)
    String passwordHash;

    @Column(name = "system_admin", nullable = false)
    boolean systemAdmin;

    @Column(nullable = false)
    boolean enabled;

    @Column(name = "must_change_password", nullable = false)
    boolean mustChangePassword;

    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;

    @Version
    long version;

    protected UserEntity() {}

    UserEntity(User user) {
        this.id = user.id();
        this.username = user.username();
        this.displayName = user.displayName();
        this.passwordHash = user.passwordHash();
        this.systemAdmin = user.systemAdmin();
        this.enabled = user.enabled();
        this.mustChangePassword = user.mustChangePassword();
        this.createdAt = user.createdAt();
    }

    User toUser() {
        return new User(id, username, displayName, passwordHash, systemAdmin, enabled, mustChangePassword, createdAt);
    }

    // Mutators live here: EclipseLink's woven change tracking only sees writes made by the entity itself.
    void changePassword(String hash) {
        this.passwordHash = hash;
        this.mustChangePassword = false;
    }

    void setEnabled(boolean value) {
        this.enabled = value;
    }

    void rename(String value) {
        this.displayName = value;
    }
}
