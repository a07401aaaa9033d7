package com.gridvault.server.auth.tokens;

import com.gridvault.server.auth.NotAuthenticatedException;
import com.gridvault.server.auth.PublicEndpoint;
import com.gridvault.server.auth.RequiresPermission;
import com.gridvault.server.auth.User;
import com.gridvault.server.auth.UserPrincipal;
import com.gridvault.server.auth.UserRepository;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.apache.shiro.subject.Subject;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Sign-in with tokens: login, refresh (rotating), logout; and signing-key rotation for administrators. */
@Path("")
@Tag(name = "auth")
@Produces(MediaType.APPLICATION_JSON)
public class TokenResource {

    /** Credentials. */
    public record Login(
            @NotBlank @Size(max = 254) String username,
            @NotNull @Size(max = 1024) String password,
            @Size(max = 20) String otp) {}

    /** A refresh token presented for rotation or sign-out. */
    public record RefreshRequest(@NotBlank @Size(max = 200) String refreshToken) {}

    /**
     * The tokens of a session.
     *
     * @param accessToken a signed JWT for {@code Authorization: Bearer}
     * @param tokenType always {@code Bearer}
     * @param expiresIn seconds until the access token expires
     * @param refreshToken an opaque token for {@code /auth/refresh}; shown once, rotates on every use
     */
    public record Tokens(String accessToken, String tokenType, long expiresIn, String refreshToken) {}

    @Inject
    com.gridvault.server.audit.AuditLog audit;

    @Inject
    com.gridvault.server.auth.PasswordAuthenticator passwords;

    @Inject
    RefreshTokens refreshTokens;

    @Inject
    TokenIssuer issuer;

    @Inject
    UserRepository users;

    @Inject
    SigningKeys signingKeys;

    @Inject
    com.gridvault.server.auth.mfa.MfaService mfa;

    @POST
    @Path("auth/login")
    @Consumes(MediaType.APPLICATION_JSON)
    @PublicEndpoint
    @Operation(summary = "Signs in with user name and password; returns an access token and a refresh token")
    public Tokens login(@Valid @NotNull Login login, @Context jakarta.servlet.http.HttpServletRequest http) {
        Subject subject = passwords.authenticate(login.username(), login.password(), http.getRemoteAddr());
        UserPrincipal principal = subject.getPrincipals().oneByType(UserPrincipal.class);
        if (mfa.enabled(principal.userId())) {
            if (login.otp() == null || login.otp().isBlank()) {
                throw new com.gridvault.server.errors.ApiException(
                        com.gridvault.server.errors.ProblemType.MFA_REQUIRED,
                        "This account uses two-factor authentication: send the authenticator's code as 'otp'");
            }
            if (!mfa.verify(principal.userId(), login.otp())) {
                audit.record(com.gridvault.server.audit.AuditEvent.of(
                                null, "auth.login", com.gridvault.server.audit.Outcome.FAILURE)
                        .withActor(principal.userId(), principal.username())
                        .withDetail("reason", "second factor")
                        .withIp(http.getRemoteAddr()));
                throw new com.gridvault.server.errors.ApiException(
                        com.gridvault.server.errors.ProblemType.MFA_REQUIRED,
                        "The two-factor code is not valid (or was already used)");
            }
        }
        audit.record(
                com.gridvault.server.audit.AuditEvent.of(null, "auth.login", com.gridvault.server.audit.Outcome.SUCCESS)
                        .withActor(principal.userId(), principal.username())
                        .withIp(http.getRemoteAddr()));
        return issuer.signIn(principal.userId(), principal.username());
    }

    @POST
    @Path("auth/refresh")
    @Consumes(MediaType.APPLICATION_JSON)
    @PublicEndpoint
    @Operation(summary = "Exchanges a refresh token for new tokens; a reused refresh token revokes its whole family")
    public Tokens refresh(@Valid @NotNull RefreshRequest request) {
        RefreshTokens.Issued next = refreshTokens
                .rotate(request.refreshToken())
                .orElseThrow(() -> new NotAuthenticatedException(
                        "The refresh token is invalid, expired or revoked; sign in again"));
        User user = users.findById(next.userId()).filter(User::enabled).orElseThrow(() -> {
            refreshTokens.revoke(next.token());
            return new NotAuthenticatedException("The account is disabled");
        });
        return tokens(user.id(), user.username(), next);
    }

    @POST
    @Path("auth/logout")
    @Consumes(MediaType.APPLICATION_JSON)
    @PublicEndpoint
    @Operation(summary = "Signs out: revokes the refresh token and every token rotated from the same sign-in")
    public Response logout(@Valid @NotNull RefreshRequest request) {
        refreshTokens.revoke(request.refreshToken());
        return Response.noContent().build();
    }

    @POST
    @Path("admin/auth/signing-keys/rotate")
    @RequiresPermission("auth:manage")
    @Operation(
            summary =
                    "Makes a new access-token signing key active; tokens signed with the previous keys stay valid until they expire")
    public Map<String, String> rotateSigningKey() {
        return Map.of("activeKeyId", signingKeys.rotate());
    }

    private Tokens tokens(String userId, String username, RefreshTokens.Issued refresh) {
        return issuer.tokens(userId, username, refresh);
    }
}
