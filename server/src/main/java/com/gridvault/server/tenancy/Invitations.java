package com.gridvault.server.tenancy;

import com.gridvault.server.errors.ApiException;
import com.gridvault.server.errors.ProblemType;
import com.gridvault.server.secrets.Digests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/** Invitations: issued with a single-use token (kept only as its hash), accepted once before expiry. */
@ApplicationScoped
@Transactional
public class Invitations {

    /** How long an invitation can be accepted. */
    public static final Duration LIFETIME = Duration.ofDays(7);

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "gridvault")
    EntityManager em;

    @Inject
    OrganizationRepository organizations;

    /** An issued invitation and its token (shown once). */
    public record Issued(Invitation invitation, String token) {}

    public Issued issue(String orgId, Role role, String note, String createdBy) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = "gvi_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        InvitationEntity row = new InvitationEntity(
                UUID.randomUUID().toString(), Digests.sha256Hex(token), role, note, createdBy, now, now.plus(LIFETIME));
        TenantScope.of(em, orgId).persist(row);
        return new Issued(row.toInvitation(orgId), token);
    }

    public List<Invitation> list(String orgId) {
        return TenantScope.of(em, orgId)
                .createQuery("select i from InvitationEntity i order by i.createdAt, i.id", InvitationEntity.class)
                .getResultStream()
                .map(i -> i.toInvitation(orgId))
                .toList();
    }

    public boolean revoke(String orgId, String id) {
        EntityManager scoped = TenantScope.of(em, orgId);
        InvitationEntity row = scoped.find(InvitationEntity.class, id);
        if (row == null || row.acceptedAt != null) {
            return false;
        }
        scoped.remove(row);
        return true;
    }

    /**
     * Accepts an invitation for a user: adds the membership (or raises nothing when already a member).
     *
     * @return the organization joined
     * @throws ApiException 404 for an unknown, used or expired token (one answer for all)
     */
    public Invitation accept(String token, String userId) {
        String hash = Digests.sha256Hex(token == null ? "" : token);
        String orgId = TenantDirectory.ownerOfInvitation(em, hash).orElseThrow(Invitations::invalid);
        EntityManager scoped = TenantScope.of(em, orgId);
        InvitationEntity row = scoped.createQuery(
                        "select i from InvitationEntity i where i.tokenHash = :h", InvitationEntity.class)
                .setParameter("h", hash)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .orElseThrow(Invitations::invalid);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (row.acceptedAt != null || row.expiresAt.isBefore(now)) {
            throw invalid();
        }
        organizations.grantByHand(orgId, userId, row.role);
        row.accept(userId, now);
        return row.toInvitation(orgId);
    }

    private static ApiException invalid() {
        return new ApiException(ProblemType.NOT_FOUND, "This invitation does not exist, was used or has expired");
    }
}
