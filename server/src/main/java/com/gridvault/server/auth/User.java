package com.gridvault.server.auth;

import java.time.OffsetDateTime;

/**
 * An account.
 *
 * @param id a UUID string
 * @param username the sign-in name, unique, compared case-insensitively (stored lower-case)
 * @param displayName the name shown in the console
 * @param passwordHash the Shiro/Argon2id hash of the password
 * @param systemAdmin whether the account administers the appliance itself
 * @param enabled whether the account may sign in
 * @param mustChangePassword whether the password was generated and should be changed
 * @param createdAt when the account was created
 */
public record User(
        String id,
        String username,
        String displayName,
        String passwordHash,
        boolean systemAdmin,
        boolean enabled,
        boolean mustChangePassword,
        OffsetDateTime createdAt) {}
