package com.gridvault.server.auth.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Date;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Token attacks: each of these must be refused. */
class AccessTokensTest {

    @TempDir
    Path data;

    private SigningKeys keys;
    private AccessTokens tokens;

    @BeforeEach
    void setUp() {
        keys = SigningKeys.loadOrCreate(data.resolve("keys/jwks.json"));
        tokens = new AccessTokens(keys, Duration.ofMinutes(15), Clock.systemUTC());
    }

    @Test
    void aFreshTokenVerifiesToItsSubject() {
        assertThat(tokens.verify(tokens.issue("user-1", "ada")))
                .get()
                .extracting(AccessTokens.Verified::userId)
                .isEqualTo("user-1");
    }

    @Test
    void tamperedPayloadIsRefused() {
        String[] parts = tokens.issue("user-1", "ada").split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1])).replace("user-1", "user-2");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes())
                + "." + parts[2];
        assertThat(tokens.verify(forged)).isEmpty();
    }

    @Test
    void algNoneIsRefused() {
        String unsigned =
                new PlainJWT(claims("gridvault", "gridvault-api", Instant.now().plusSeconds(600))).serialize();
        assertThat(tokens.verify(unsigned)).isEmpty();
    }

    @Test
    void otherAlgorithmsWrongIssuerWrongAudienceAndUnknownKeysAreRefused() throws Exception {
        assertThat(tokens.verify(sign(
                        JWSAlgorithm.HS512, keys.active().getKeyID(), claims("gridvault", "gridvault-api", future()))))
                .isEmpty();
        assertThat(tokens.verify(
                        sign(JWSAlgorithm.HS256, keys.active().getKeyID(), claims("evil", "gridvault-api", future()))))
                .isEmpty();
        assertThat(tokens.verify(
                        sign(JWSAlgorithm.HS256, keys.active().getKeyID(), claims("gridvault", "other-api", future()))))
                .isEmpty();
        assertThat(tokens.verify(
                        sign(JWSAlgorithm.HS256, "unknown-kid", claims("gridvault", "gridvault-api", future()))))
                .isEmpty();
        SigningKeys foreign = SigningKeys.loadOrCreate(data.resolve("other/jwks.json"));
        assertThat(tokens.verify(
                        new AccessTokens(foreign, Duration.ofMinutes(15), Clock.systemUTC()).issue("user-1", "ada")))
                .isEmpty();
        assertThat(tokens.verify("not.a.jwt")).isEmpty();
        assertThat(tokens.verify("")).isEmpty();
    }

    @Test
    void expiredTokensAreRefusedAfterTheClockSkew() {
        Clock anHourAgo = Clock.fixed(Instant.now().minus(Duration.ofHours(1)), ZoneOffset.UTC);
        String old = new AccessTokens(keys, Duration.ofMinutes(15), anHourAgo).issue("user-1", "ada");
        assertThat(tokens.verify(old)).isEmpty();
        Clock twentySecondsAgo = Clock.fixed(Instant.now().minus(Duration.ofSeconds(20)), ZoneOffset.UTC);
        String justExpired = new AccessTokens(keys, Duration.ofSeconds(5), twentySecondsAgo).issue("user-1", "ada");
        assertThat(tokens.verify(justExpired)).as("within the 30 s skew").isPresent();
    }

    @Test
    void rotationKeepsRecentKeysForVerificationAndTheFileIsPrivate() throws Exception {
        String before = tokens.issue("user-1", "ada");
        String firstKid = keys.active().getKeyID();
        keys.rotate();
        assertThat(keys.active().getKeyID()).isNotEqualTo(firstKid);
        assertThat(tokens.verify(before)).as("signed with the previous key").isPresent();
        assertThat(SigningKeys.loadOrCreate(data.resolve("keys/jwks.json"))
                        .active()
                        .getKeyID())
                .isEqualTo(keys.active().getKeyID());
        keys.rotate();
        keys.rotate();
        assertThat(tokens.verify(before)).as("its key has left the kept window").isEmpty();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("keys/jwks.json"))))
                .isEqualTo("rw-------");
    }

    private String sign(JWSAlgorithm algorithm, String kid, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt =
                new SignedJWT(new JWSHeader.Builder(algorithm).keyID(kid).build(), claims);
        byte[] secret = keys.active().toByteArray();
        if (algorithm == JWSAlgorithm.HS512) {
            // HS512 needs a 512-bit secret: the attacker reuses the real key material, doubled.
            secret = java.nio.ByteBuffer.allocate(secret.length * 2)
                    .put(secret)
                    .put(secret)
                    .array();
        }
        jwt.sign(new MACSigner(secret));
        return jwt.serialize();
    }

    private static Instant future() {
        return Instant.now().plusSeconds(600);
    }

    private static JWTClaimsSet claims(String issuer, String audience, Instant expiry) {
        return new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(audience)
                .subject("user-1")
                .expirationTime(Date.from(expiry))
                .build();
    }
}
