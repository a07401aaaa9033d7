package com.gridvault.server.auth.tokens;

import com.gridvault.server.secrets.Digests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;

/**
 * Single-use tokens for WebSocket connects: valid for {@link #LIFETIME}, redeemed at most once (an
 * atomic conditional update, so two nodes racing on one token cannot both accept it), stored only
 * as SHA-256 hashes.
 */
@ApplicationScoped
@Transactional
public class WsTokens {

    /** How long a token can be redeemed after it was issued. */
    public static final Duration LIFETIME = Duration.ofSeconds(60);

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "gridvault")
    EntityManager em;

    /** Issues a token for a user; expired tokens are purged on the way. */
    public String issue(String userId) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        em.createQuery("delete from WsTokenEntity t where t.expiresAt < :cutoff")
                .setParameter("cutoff", now.minusHours(1))
                .executeUpdate();
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = "gvw_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        em.persist(new WsTokenEntity(Digests.sha256Hex(token), userId, now.plus(LIFETIME)));
        return token;
    }

    /**
     * Redeems a token once.
     *
     * @return the user it was issued to, or empty when it is unknown, expired or already used
     */
    public Optional<String> redeem(String token) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        String hash = Digests.sha256Hex(token);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        int updated = em.createQuery("update WsTokenEntity t set t.usedAt = :now"
                        + " where t.tokenHash = :hash and t.usedAt is null and t.expiresAt > :now")
                .setParameter("now", now)
                .setParameter("hash", hash)
                .executeUpdate();
        if (updated != 1) {
            return Optional.empty();
        }
        return em.createQuery("select t.userId from WsTokenEntity t where t.tokenHash = :hash", String.class)
                .setParameter("hash", hash)
                .getResultStream()
                .findFirst();
    }
}
