package com.gridvault.server.auth;

import com.gridvault.server.auth.throttle.LoginThrottle;
import com.gridvault.server.auth.throttle.TooManyAttemptsException;
import com.gridvault.server.config.ApplianceSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.mgt.SecurityManager;
import org.apache.shiro.subject.Subject;

/**
 * The one place passwords are checked (HTTP Basic and {@code /auth/login}), behind the login
 * throttle: a locked account or address is refused before the password is even looked at.
 */
@ApplicationScoped
public class PasswordAuthenticator {

    @Inject
    com.gridvault.server.audit.AuditLog audit;

    @Inject
    SecurityManager securityManager;

    @Inject
    ApplianceSettings settings;

    @Inject
    com.gridvault.server.auth.sso.SsoConfiguration sso;

    @Inject
    com.gridvault.server.auth.sso.SsoAccounts ssoAccounts;

    private static final System.Logger LOG = System.getLogger(PasswordAuthenticator.class.getName());

    private volatile LoginThrottle throttle;

    /**
     * Authenticates a user name and password.
     *
     * @param username the sign-in name
     * @param password the password
     * @param address the client's address, for per-address throttling
     * @return the authenticated Shiro subject
     * @throws TooManyAttemptsException while the account or address is locked
     * @throws NotAuthenticatedException for wrong credentials, unknown or disabled accounts (one message for all)
     */
    public Subject authenticate(String username, String password, String address) {
        LoginThrottle guard = throttle();
        guard.retryAfter(username, address).ifPresent(wait -> {
            audit.record(com.gridvault.server.audit.AuditEvent.of(
                            null, "auth.login", com.gridvault.server.audit.Outcome.DENIED)
                    .withActor(null, username)
                    .withIp(address)
                    .withDetail("reason", "locked"));
            throw new TooManyAttemptsException(wait);
        });
        Subject subject = new Subject.Builder(securityManager)
                .sessionCreationEnabled(false)
                .buildSubject();
        UsernamePasswordToken token = new UsernamePasswordToken(username, password);
        try {
            subject.login(token);
        } catch (AuthenticationException e) {
            java.util.Optional<Subject> directory = directorySignIn(username, password);
            if (directory.isPresent()) {
                guard.succeeded(username);
                return directory.get();
            }
            guard.failed(username, address);
            audit.record(com.gridvault.server.audit.AuditEvent.of(
                            null, "auth.login", com.gridvault.server.audit.Outcome.FAILURE)
                    .withActor(null, username)
                    .withIp(address));
            throw new NotAuthenticatedException("Invalid username or password");
        } finally {
            token.clear();
        }
        guard.succeeded(username);
        return subject;
    }

    /**
     * Signs in through the LDAP directory when one is configured: the directory checks the password,
     * the local account is the one linked to the directory name (created on first sign-in), and the
     * person's groups grant organization roles.
     */
    private java.util.Optional<Subject> directorySignIn(String username, String password) {
        var ldap = sso.ldap();
        if (ldap.isEmpty() || username == null || password == null) {
            return java.util.Optional.empty();
        }
        java.util.Optional<com.gridvault.sso.ldap.LdapIdentity> identity;
        try {
            identity = ldap.get().authenticate(username, password);
        } catch (com.gridvault.sso.SsoException e) {
            LOG.log(System.Logger.Level.WARNING, "LDAP sign-in of {0} failed: {1}", username, e.getMessage());
            return java.util.Optional.empty();
        }
        if (identity.isEmpty()) {
            return java.util.Optional.empty();
        }
        String name = identity.get().username();
        User user = ssoAccounts.link(
                "ldap",
                name.toLowerCase(java.util.Locale.ROOT),
                name,
                identity.get().displayName());
        ssoAccounts.applyGroups(user.id(), identity.get().groups(), sso.ldapReportsGroups(), "ldap");
        UserPrincipal principal = new UserPrincipal(user.id(), user.username(), user.systemAdmin());
        return java.util.Optional.of(new Subject.Builder(securityManager)
                .sessionCreationEnabled(false)
                .principals(new org.apache.shiro.subject.SimplePrincipalCollection(principal, "gridvault"))
                .authenticated(true)
                .buildSubject());
    }

    private LoginThrottle throttle() {
        LoginThrottle current = throttle;
        if (current == null) {
            synchronized (this) {
                if (throttle == null) {
                    throttle = new LoginThrottle(settings.loginPolicy(), Clock.systemUTC());
                }
                current = throttle;
            }
        }
        return current;
    }
}
