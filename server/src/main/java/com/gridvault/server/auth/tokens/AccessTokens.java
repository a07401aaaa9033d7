package com.gridvault.server.auth.tokens;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Issues and verifies access tokens. Verification is strict: only HS256 (so {@code alg: none} and
 * algorithm confusion fail), a known {@code kid}, a valid signature, this issuer and audience, and
 * an expiry in the future (30 s clock skew).
 */
public final class AccessTokens {

    static final String ISSUER = "gridvault";
    static final String AUDIENCE = "gridvault-api";
    private static final Duration SKEW = Duration.ofSeconds(30);

    private final SigningKeys keys;
    private final Duration lifetime;
    private final Clock clock;

    public AccessTokens(SigningKeys keys, Duration lifetime, Clock clock) {
        this.keys = keys;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    /**
     * The verified claims of a token.
     *
     * @param userId the subject
     * @param expiresAt when the token expires
     */
    public record Verified(String userId, Instant expiresAt) {}

    public Duration lifetime() {
        return lifetime;
    }

    /** Issues a signed access token for an account. */
    public String issue(String userId, String username) {
        Instant now = clock.instant();
        OctetSequenceKey key = keys.active();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(userId)
                .claim("preferred_username", username)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(lifetime)))
                .jwtID(UUID.randomUUID().toString())
                .build();
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(key.getKeyID()).build(), claims);
        try {
            jwt.sign(new MACSigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign an access token", e);
        }
        return jwt.serialize();
    }

    /** Verifies a token; empty when it is not acceptable for any reason. */
    public Optional<Verified> verify(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm())
                    || jwt.getHeader().getKeyID() == null) {
                return Optional.empty();
            }
            Optional<OctetSequenceKey> key = keys.byId(jwt.getHeader().getKeyID());
            if (key.isEmpty() || !jwt.verify(new MACVerifier(key.get()))) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Date expiry = claims.getExpirationTime();
            List<String> audience = claims.getAudience();
            if (!ISSUER.equals(claims.getIssuer())
                    || audience == null
                    || !audience.contains(AUDIENCE)
                    || expiry == null
                    || claims.getSubject() == null
                    || expiry.toInstant().plus(SKEW).isBefore(clock.instant())) {
                return Optional.empty();
            }
            return Optional.of(new Verified(claims.getSubject(), expiry.toInstant()));
        } catch (ParseException | JOSEException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
