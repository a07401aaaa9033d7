package com.gridvault.sso.oidc;

import com.gridvault.sso.SsoException;
import com.gridvault.sso.SsoException.Reason;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.BadJWSException;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;

/**
 * Turns Nimbus' rejection of an ID token into a reason a user can be shown. Nimbus has already
 * decided that the token is invalid; this only reads the (unverified) claims to say why, so it can
 * never make a bad token pass.
 */
final class IdTokenRejection {

    private IdTokenRejection() {}

    static SsoException explain(
            BadJOSEException rejection, JWT idToken, OidcProviderSettings settings, String expectedNonce, Instant now) {
        if (rejection instanceof BadJWSException) {
            return new SsoException(
                    Reason.BAD_SIGNATURE,
                    "The identity provider's token has an invalid signature or an unknown key",
                    rejection);
        }
        JWTClaimsSet claims;
        try {
            claims = idToken.getJWTClaimsSet();
        } catch (ParseException e) {
            return new SsoException(Reason.INVALID_TOKEN, "The identity provider's token could not be read", rejection);
        }
        Reason reason = reasonFor(claims, settings, expectedNonce, now);
        return new SsoException(reason, message(reason), rejection);
    }

    private static Reason reasonFor(JWTClaimsSet claims, OidcProviderSettings settings, String nonce, Instant now) {
        if (!settings.issuer().toString().equals(claims.getIssuer())) {
            return Reason.WRONG_ISSUER;
        }
        List<String> audience = claims.getAudience();
        if (audience == null || !audience.contains(settings.clientId())) {
            return Reason.WRONG_AUDIENCE;
        }
        Date expiry = claims.getExpirationTime();
        Duration skew = settings.clockSkew();
        if (expiry != null && !now.minus(skew).isBefore(expiry.toInstant())) {
            return Reason.TOKEN_EXPIRED;
        }
        Object tokenNonce = claims.getClaim("nonce");
        if (!Objects.equals(nonce, tokenNonce)) {
            return Reason.NONCE_MISMATCH;
        }
        return Reason.INVALID_TOKEN;
    }

    static String message(Reason reason) {
        return switch (reason) {
            case WRONG_ISSUER -> "The identity provider's token comes from another issuer";
            case WRONG_AUDIENCE -> "The identity provider's token was issued for another application";
            case TOKEN_EXPIRED -> "The identity provider's token has expired; please sign in again";
            case NONCE_MISMATCH -> "The identity provider's token does not belong to this sign-in";
            default -> "The identity provider's token was rejected";
        };
    }
}
