package com.gridvault.server.auth.sso;

import com.gridvault.server.audit.AuditEvent;
import com.gridvault.server.audit.AuditLog;
import com.gridvault.server.audit.Outcome;
import com.gridvault.server.auth.NotAuthenticatedException;
import com.gridvault.server.auth.PasswordHasher;
import com.gridvault.server.auth.User;
import com.gridvault.server.auth.UserRepository;
import com.gridvault.server.tenancy.Member;
import com.gridvault.server.tenancy.OrganizationRepository;
import com.gridvault.server.tenancy.Role;
import com.gridvault.server.tenancy.TenantDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Local accounts of externally signed-in people: linked by (provider, subject), created on first
 * sign-in without a usable password, never taking over a local account of the same name that is not
 * linked; organization roles granted from the person's directory groups at every sign-in.
 */
@ApplicationScoped
@Transactional
public class SsoAccounts {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "gridvault")
    EntityManager em;

    @Inject
    UserRepository users;

    @Inject
    PasswordHasher hasher;

    @Inject
    OrganizationRepository organizations;

    @Inject
    AuditLog audit;

    /**
     * The local account of an external identity, created on its first sign-in.
     *
     * @param provider {@code ldap} or the OIDC issuer
     * @param subject the identity's stable id at the provider
     * @param preferredUsername the name for a new account
     * @param displayName the display name for a new account
     * @throws NotAuthenticatedException when the account is disabled, or a local account of that name
     *     exists but is not linked to this identity
     */
    public User link(String provider, String subject, String preferredUsername, String displayName) {
        SsoIdentityEntity existing = em.find(SsoIdentityEntity.class, new SsoIdentityEntity.Key(provider, subject));
        if (existing != null) {
            User user = users.findById(existing.userId)
                    .orElseThrow(() -> new NotAuthenticatedException("Invalid username or password"));
            if (!user.enabled()) {
                throw new NotAuthenticatedException("Invalid username or password");
            }
            return user;
        }
        String username = preferredUsername.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._@-]", "_");
        if (users.findByUsername(username).isPresent()) {
            throw new NotAuthenticatedException("An account named '" + username
                    + "' already exists and is not linked to this sign-in; ask an administrator");
        }
        byte[] unusable = new byte[32];
        RANDOM.nextBytes(unusable);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        User user = new User(
                UUID.randomUUID().toString(),
                username,
                displayName == null || displayName.isBlank() ? username : displayName,
                hasher.hash(Base64.getEncoder().encodeToString(unusable)),
                false,
                true,
                false,
                now);
        users.create(user);
        em.persist(new SsoIdentityEntity(provider, subject, user.id(), now));
        audit.record(AuditEvent.of(null, "user.created", Outcome.SUCCESS)
                .withTarget("user", user.id())
                .withDetail("via", "sso")
                .withDetail("provider", provider));
        return user;
    }

    /**
     * Brings the user's memberships in line with the directory groups of a sign-in: each organization
     * whose group mapping names one of the groups gets the highest mapped role (membership added,
     * raised or lowered); when {@code complete}, organizations where an earlier sign-in's groups
     * granted a role that no current group grants lose it: the membership falls back to the role
     * granted by hand or, without one, ends. Memberships granted by hand are never removed, and the
     * last OWNER of an organization is never removed or demoted (audited as a failure instead).
     *
     * @param userId the signed-in account
     * @param groups the groups of this sign-in
     * @param complete whether {@code groups} is everything the directory knows (a group lookup or a
     *     groups claim is configured); if not, roles are only granted or raised
     * @param via {@code ldap} or {@code oidc}, for the audit trail
     */
    public void applyGroups(String userId, Collection<String> groups, boolean complete, String via) {
        Map<String, Role> granted = new HashMap<>();
        for (Object[] row : TenantDirectory.groupGrants(em, groups)) {
            granted.merge((String) row[0], Role.valueOf((String) row[2]), Role::higher);
        }
        Map<String, Member> current = organizations.grants(userId);
        Set<String> orgs = new TreeSet<>(granted.keySet());
        if (complete) {
            current.forEach((orgId, m) -> {
                if (m.ssoRole() != null) {
                    orgs.add(orgId);
                }
            });
        }
        for (String orgId : orgs) {
            Role target = granted.get(orgId);
            Member before = current.get(orgId);
            if (before != null && before.ssoRole() == target) {
                continue; // the directory grants what it granted before
            }
            Role from = before == null ? null : before.role();
            Role to = Role.higher(before == null ? null : before.manualRole(), target);
            boolean lowers = from != null && to != from && Role.higher(from, to) == from;
            if (lowers && !complete) {
                continue;
            }
            if (from == Role.OWNER && to != Role.OWNER && organizations.countOwners(orgId) <= 1) {
                audit.record(AuditEvent.of(orgId, "member.role_from_sso", Outcome.FAILURE)
                        .withTarget("user", userId)
                        .withDetail("from", from.name())
                        .withDetail("to", to == null ? null : to.name())
                        .withDetail("via", via)
                        .withDetail("reason", "the last OWNER of an organization is kept"));
                continue;
            }
            organizations.setDirectoryRole(orgId, userId, target);
            if (to == from) {
                continue; // only where the grant came from changed, not the role in effect
            }
            String action = to == null ? "member.removed_by_sso" : "member.role_from_sso";
            audit.record(AuditEvent.of(orgId, action, Outcome.SUCCESS)
                    .withTarget("user", userId)
                    .withDetail("from", from == null ? null : from.name())
                    .withDetail("to", to == null ? null : to.name())
                    .withDetail("via", via));
        }
    }
}
