package com.gridvault.server.auth.tokens;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Issues the tokens of a sign-in: an access token and a refresh token (a new family or the next one). */
@ApplicationScoped
public class TokenIssuer {

    @Inject
    AccessTokens accessTokens;

    @Inject
    RefreshTokens refreshTokens;

    /** A fresh sign-in (password, second factor or single sign-on): a new refresh-token family. */
    public TokenResource.Tokens signIn(String userId, String username) {
        return tokens(userId, username, refreshTokens.startFamily(userId));
    }

    TokenResource.Tokens tokens(String userId, String username, RefreshTokens.Issued refresh) {
        return new TokenResource.Tokens(
                accessTokens.issue(userId, username),
                "Bearer",
                accessTokens.lifetime().toSeconds(),
                refresh.token());
    }
}
