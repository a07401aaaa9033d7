package com.gridvault.server.auth;

import com.gridvault.server.auth.apikeys.ApiKeys;
import com.gridvault.server.auth.tokens.AccessTokens;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.mgt.SecurityManager;
import org.apache.shiro.subject.SimplePrincipalCollection;
import org.apache.shiro.subject.Subject;

/**
 * Authenticates every REST request that is not a {@link PublicEndpoint}. Today it accepts HTTP Basic
 * credentials of appliance accounts; tokens and API keys plug in here as further credential types.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {

    static final String SUBJECT_PROPERTY = "gridvault.subject";
    private static final java.util.Set<String> SAFE_METHODS = java.util.Set.of("GET", "HEAD", "OPTIONS");

    @Context
    ResourceInfo resource;

    @Inject
    SecurityManager securityManager;

    @Inject
    CurrentCaller caller;

    @Inject
    AccessTokens accessTokens;

    @Inject
    PasswordAuthenticator passwords;

    @Inject
    ApiKeys apiKeys;

    @Context
    jakarta.servlet.http.HttpServletRequest servletRequest;

    @Inject
    UserRepository users;

    @Inject
    com.gridvault.server.auth.mfa.MfaService mfa;

    @Override
    public void filter(ContainerRequestContext request) {
        if (isPublic()) {
            return;
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || header.isBlank()) {
            throw new NotAuthenticatedException("This endpoint requires authentication");
        }
        if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            authenticateBearer(request, header.substring(7).trim());
            return;
        }
        UsernamePasswordToken token = basicCredentials(header);
        Subject subject;
        try {
            subject = passwords.authenticate(
                    token.getUsername(), new String(token.getPassword()), servletRequest.getRemoteAddr());
        } finally {
            token.clear();
        }
        UserPrincipal principal = subject.getPrincipals().oneByType(UserPrincipal.class);
        if (mfa.enabled(principal.userId())) {
            throw new NotAuthenticatedException("This account uses two-factor authentication: sign in with"
                    + " POST /api/v1/auth/login (with 'otp') and send the Bearer token, or use an API key");
        }
        request.setProperty(SUBJECT_PROPERTY, subject);
        caller.set(principal, subject);
    }

    private void authenticateBearer(ContainerRequestContext request, String token) {
        if (token.startsWith(ApiKeys.KEY_PREFIX)) {
            authenticateApiKey(request, token);
            return;
        }
        AccessTokens.Verified verified = accessTokens
                .verify(token)
                .orElseThrow(() -> new NotAuthenticatedException("The access token is invalid or expired"));
        User user = users.findById(verified.userId())
                .filter(User::enabled)
                .orElseThrow(() -> new NotAuthenticatedException("The access token's account is disabled or gone"));
        bind(request, new UserPrincipal(user.id(), user.username(), user.systemAdmin()));
    }

    private void authenticateApiKey(ContainerRequestContext request, String secret) {
        ApiKeys.Grant grant = apiKeys.authenticate(secret)
                .orElseThrow(() -> new NotAuthenticatedException("The API key is invalid, expired or revoked"));
        if (!grant.scopes().contains("write") && !SAFE_METHODS.contains(request.getMethod())) {
            throw new PermissionDeniedException("api-key:write");
        }
        User user = users.findById(grant.userId())
                .filter(User::enabled)
                .orElseThrow(() -> new NotAuthenticatedException("The API key's account is disabled or gone"));
        bind(request, new UserPrincipal(user.id(), user.username(), user.systemAdmin()));
    }

    private void bind(ContainerRequestContext request, UserPrincipal principal) {
        Subject subject = new Subject.Builder(securityManager)
                .sessionCreationEnabled(false)
                .principals(new SimplePrincipalCollection(principal, "gridvault"))
                .authenticated(true)
                .buildSubject();
        request.setProperty(SUBJECT_PROPERTY, subject);
        caller.set(principal, subject);
    }

    private boolean isPublic() {
        return resource.getResourceMethod() != null
                && (resource.getResourceMethod().isAnnotationPresent(PublicEndpoint.class)
                        || resource.getResourceClass().isAnnotationPresent(PublicEndpoint.class));
    }

    private static UsernamePasswordToken basicCredentials(String header) {
        if (!header.regionMatches(true, 0, "Basic ", 0, 6)) {
            throw new NotAuthenticatedException(
                    "Unsupported authorization scheme; use Bearer (from /api/v1/auth/login) or Basic");
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new NotAuthenticatedException("Malformed Basic credentials");
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0 || colon > 254) {
            throw new NotAuthenticatedException("Malformed Basic credentials");
        }
        return new UsernamePasswordToken(decoded.substring(0, colon), decoded.substring(colon + 1));
    }
}
