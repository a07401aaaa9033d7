package com.gridvault.sso.oidc;

import java.net.URI;
import java.util.Objects;

/**
 * A started sign-in: where to send the browser, and the secrets the server keeps (server side, keyed
 * by {@code state}, for a few minutes, used once) until the provider redirects back.
 *
 * @param authorizationUrl the provider's authorization URL with all parameters; safe to hand to the browser
 * @param state the random {@code state} parameter; the callback must carry it back
 * @param nonce the random {@code nonce} (also in the URL) the ID token must echo, so a token minted
 *     for another sign-in is refused
 * @param codeVerifier the PKCE code verifier: only its S256 challenge is in the URL; it never reaches
 *     the browser, so an intercepted code is useless
 */
public record AuthorizationStart(URI authorizationUrl, String state, String nonce, String codeVerifier) {

    public AuthorizationStart {
        Objects.requireNonNull(authorizationUrl, "authorizationUrl");
        requireText(state, "state");
        requireText(nonce, "nonce");
        requireText(codeVerifier, "codeVerifier");
    }

    /** Without the code verifier, so a logged start cannot be used to redeem a code. */
    @Override
    public String toString() {
        return "AuthorizationStart[authorizationUrl=" + authorizationUrl + ", state=" + state + ", nonce=" + nonce
                + ", codeVerifier=****]";
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
