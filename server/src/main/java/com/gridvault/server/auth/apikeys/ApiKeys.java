package com.gridvault.server.auth.apikeys;

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
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Creates, lists, revokes and checks API keys. */
@ApplicationScoped
@Transactional
public class ApiKeys {

    /** The scopes a key may carry. */
    public static final Set<String> SCOPES = Set.of("read", "write");

    /** Keys start with this, so a leaked key is recognizable (and scannable) as a Gridvault key. */
    public static final String KEY_PREFIX = "gvk_";

    private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "gridvault")
    EntityManager em;

    /**
     * A created key with its secret, shown once.
     *
     * @param key the listing view
     * @param secret the full key to put in {@code Authorization: Bearer}
     */
    public record Created(ApiKey key, String secret) {}

    /**
     * What a valid key authenticates.
     *
     * @param userId the owner
     * @param scopes its scopes
     */
    public record Grant(String userId, Set<String> scopes) {}

    public Created create(String userId, String name, List<String> scopes, OffsetDateTime expiresAt) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String id = UUID.randomUUID().toString();
        String prefix = KEY_PREFIX + id.substring(0, 8);
        String secret = prefix + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        ApiKeyEntity entity = new ApiKeyEntity(
                id,
                userId,
                name,
                prefix,
                Digests.sha256Hex(secret),
                String.join(",", scopes),
                expiresAt,
                OffsetDateTime.now(ZoneOffset.UTC));
        em.persist(entity);
        return new Created(entity.toApiKey(), secret);
    }

    public List<ApiKey> list(String userId) {
        return em.createQuery(
                        "select k from ApiKeyEntity k where k.userId = :user and k.revokedAt is null order by k.createdAt",
                        ApiKeyEntity.class)
                .setParameter("user", userId)
                .getResultStream()
                .map(ApiKeyEntity::toApiKey)
                .toList();
    }

    /** Revokes one of the owner's keys; false when the owner has no such key. */
    public boolean revoke(String userId, String keyId) {
        ApiKeyEntity key = em.find(ApiKeyEntity.class, keyId);
        if (key == null || !key.userId.equals(userId) || key.revokedAt != null) {
            return false;
        }
        key.revoke(OffsetDateTime.now(ZoneOffset.UTC));
        return true;
    }

    /** Checks a presented key; records its use (to the minute). */
    public Optional<Grant> authenticate(String secret) {
        if (secret == null || !secret.startsWith(KEY_PREFIX) || secret.length() > 200) {
            return Optional.empty();
        }
        Optional<ApiKeyEntity> found = em.createQuery(
                        "select k from ApiKeyEntity k where k.secretHash = :hash", ApiKeyEntity.class)
                .setParameter("hash", Digests.sha256Hex(secret))
                .getResultStream()
                .findFirst();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (found.isEmpty()
                || found.get().revokedAt != null
                || (found.get().expiresAt != null && found.get().expiresAt.isBefore(now))) {
            return Optional.empty();
        }
        ApiKeyEntity key = found.get();
        if (key.lastUsedAt == null || key.lastUsedAt.plus(LAST_USED_RESOLUTION).isBefore(now)) {
            key.markUsed(now);
        }
        return Optional.of(new Grant(key.userId, Set.of(key.scopes.split(","))));
    }
}
