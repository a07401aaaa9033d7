package com.gridvault.realtime;

import java.util.Objects;

/**
 * The authenticated user behind a hub session, as the server's {@link HubAuthenticator} resolved it.
 *
 * @param userId the stable user id (shown to other viewers in presence messages)
 * @param username the display name
 */
public record HubPrincipal(String userId, String username) {

    /** Checks both fields. */
    public HubPrincipal {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(username, "username");
        if (userId.isBlank()) {
            throw new IllegalArgumentException("userId must not be blank");
        }
    }
}
