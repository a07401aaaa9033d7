package com.gridvault.realtime;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** A test {@link HubAuthenticator}: single-use tokens, like the server's. */
final class TokenStore implements HubAuthenticator {

    private final Map<String, HubPrincipal> tokens = new ConcurrentHashMap<>();

    String issue(String userId, String username) {
        String token = UUID.randomUUID().toString();
        tokens.put(token, new HubPrincipal(userId, username));
        return token;
    }

    @Override
    public Optional<HubPrincipal> redeem(String wsToken) {
        return Optional.ofNullable(tokens.remove(wsToken));
    }
}
