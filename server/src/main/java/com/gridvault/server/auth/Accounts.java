package com.gridvault.server.auth;

import com.gridvault.server.audit.AuditEvent;
import com.gridvault.server.audit.AuditLog;
import com.gridvault.server.audit.Outcome;
import com.gridvault.server.errors.ApiException;
import com.gridvault.server.errors.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;

/** Creates accounts the one way: password policy, unique lower-case name, hashed password, audited. */
@ApplicationScoped
public class Accounts {

    @Inject
    UserRepository users;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditLog audit;

    /**
     * Creates an enabled account.
     *
     * @param how how it came to be, for the audit trail: {@code admin}, {@code invitation}, {@code registration}
     * @throws ApiException 400 for a password the policy refuses, 409 for a taken name
     */
    public User create(String username, String displayName, String password, String how) {
        String name = username.toLowerCase(Locale.ROOT);
        PasswordPolicy.check("password", name, password);
        if (users.findByUsername(name).isPresent()) {
            throw new ApiException(ProblemType.CONFLICT, "An account named '" + name + "' already exists");
        }
        User user = new User(
                UUID.randomUUID().toString(),
                name,
                displayName,
                hasher.hash(password),
                false,
                true,
                false,
                OffsetDateTime.now(ZoneOffset.UTC));
        users.create(user);
        audit.record(AuditEvent.of(null, "user.created", Outcome.SUCCESS)
                .withTarget("user", user.id())
                .withDetail("via", how));
        return user;
    }
}
