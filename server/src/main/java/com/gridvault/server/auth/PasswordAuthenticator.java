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
