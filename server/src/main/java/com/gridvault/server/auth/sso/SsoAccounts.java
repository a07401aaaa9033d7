package com.gridvault.server.auth.sso;

import com.gridvault.server.audit.AuditEvent;
import com.gridvault.server.audit.AuditLog;
import com.gridvault.server.audit.Outcome;
import com.gridvault.server.auth.NotAuthenticatedException;
import com.gridvault.server.auth.PasswordHasher;
import com.gridvault.server.auth.User;
import com.gridvault.server.auth.UserRepository;
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

    /** Grants the roles the user's groups map to (the highest per organization). */
    public void applyGroups(String userId, Collection<String> groups) {
        Map<String, Role> best = new HashMap<>();
        for (Object[] row : TenantDirectory.groupGrants(em, groups)) {
            Role role = Role.valueOf((String) row[2]);
            best.merge((String) row[0], role, (a, b) -> a.ordinal() <= b.ordinal() ? a : b);
        }
        best.forEach((orgId, role) -> {
            var current = organizations.roleOf(orgId, userId);
            if (current.isEmpty()) {
                organizations.addMember(orgId, userId, role);
            } else if (current.get() != role && current.get().ordinal() > role.ordinal()) {
                organizations.changeRole(orgId, userId, role);
            } else {
                return;
            }
            audit.record(AuditEvent.of(orgId, "member.role_from_sso", Outcome.SUCCESS)
                    .withTarget("user", userId)
                    .withDetail("role", role.name()));
        });
    }
}
