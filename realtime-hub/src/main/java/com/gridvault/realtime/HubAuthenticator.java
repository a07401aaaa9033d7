package com.gridvault.realtime;

import java.util.Optional;

/**
 * Redeems the short-lived ws-token a client got from the REST API, exactly once, when its WebSocket
 * opens. Implemented by the server.
 */
@FunctionalInterface
public interface HubAuthenticator {

    /**
     * Redeems a token. A token must be accepted at most once: a second call with the same token
     * returns empty, as do unknown and expired ones.
     *
     * @param wsToken the {@code token} query parameter of the connect URL, never null
     * @return the user, or empty when the token is unknown, expired or already used
     */
    Optional<HubPrincipal> redeem(String wsToken);
}
