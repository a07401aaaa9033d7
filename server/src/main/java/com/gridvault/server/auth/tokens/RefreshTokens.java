package com.gridvault.server.auth.tokens;

import com.gridvault.server.secrets.Digests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Refresh tokens with rotation: every successful use marks the token used and issues its successor
 * in the same family; a second use of any token of a family (a stolen, replayed token) revokes the
 * whole family, so both the thief and the victim must sign in again.
 */
@ApplicationScoped
@Transactional
public class RefreshTokens {

    /** How long a refresh token lives. */
    public static final Duration LIFETIME = Duration.ofDays(14);

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "gridvault")
    EntityManager em;

    /**
     * An issued token.
     *
     * @param token the opaque token (shown once)
     * @param userId its account
     */
    public record Issued(String token, String userId) {}

    /** Starts a new family for a fresh sign-in. */
    public Issued startFamily(String userId) {
        return issue(userId, UUID.randomUUID().toString());
    }

    /**
     * Exchanges a token for its successor.
     *
     * @param token the presented token
     * @return the successor, or empty when the token is unknown, expired, revoked or reused (reuse
     *     revokes the family)
     */
    public Optional<Issued> rotate(String token) {
        Optional<RefreshTokenEntity> found = find(token);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        RefreshTokenEntity current = found.get();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (current.usedAt != null || current.revokedAt != null) {
            revokeFamily(current.familyId);
            return Optional.empty();
        }
        if (current.expiresAt.isBefore(now)) {
            return Optional.empty();
        }
        current.markUsed(now);
        return Optional.of(issue(current.userId, current.familyId));
    }

    /** Revokes the family of a token (sign-out). Unknown tokens are ignored. */
    public void revoke(String token) {
        find(token).ifPresent(t -> revokeFamily(t.familyId));
    }

    /** Revokes every token of an account (password change, disabled account). */
    public void revokeAll(String userId) {
        em.createQuery(
                        "update RefreshTokenEntity t set t.revokedAt = :now where t.userId = :user and t.revokedAt is null")
                .setParameter("now", OffsetDateTime.now(ZoneOffset.UTC))
                .setParameter("user", userId)
                .executeUpdate();
    }

    private Optional<RefreshTokenEntity> find(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        return em.createQuery("select t from RefreshTokenEntity t where t.tokenHash = :hash", RefreshTokenEntity.class)
                .setParameter("hash", Digests.sha256Hex(token))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    private void revokeFamily(String familyId) {
        em.createQuery(
                        "update RefreshTokenEntity t set t.revokedAt = :now where t.familyId = :family and t.revokedAt is null")
                .setParameter("now", OffsetDateTime.now(ZoneOffset.UTC))
                .setParameter("family", familyId)
                .executeUpdate();
    }

    private Issued issue(String userId, String familyId) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = "gvr_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        em.persist(new RefreshTokenEntity(
                UUID.randomUUID().toString(), familyId, userId, Digests.sha256Hex(token), now.plus(LIFETIME), now));
        return new Issued(token, userId);
    }
}
