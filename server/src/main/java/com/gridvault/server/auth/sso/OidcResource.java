package com.gridvault.server.auth.sso;

import com.gridvault.server.audit.AuditEvent;
import com.gridvault.server.audit.AuditLog;
import com.gridvault.server.audit.Outcome;
import com.gridvault.server.auth.PublicEndpoint;
import com.gridvault.server.auth.User;
import com.gridvault.server.auth.tokens.TokenIssuer;
import com.gridvault.server.auth.tokens.TokenResource;
import com.gridvault.server.errors.ApiException;
import com.gridvault.server.errors.ProblemType;
import com.gridvault.sso.SsoException;
import com.gridvault.sso.oidc.AuthorizationStart;
import com.gridvault.sso.oidc.OidcClient;
import com.gridvault.sso.oidc.OidcIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Sign-in through the configured OpenID Connect provider (Entra ID, Keycloak, ...): authorization
 * code flow with PKCE. {@code /login} redirects to the provider; the provider redirects back to
 * {@code /callback}, which answers with the same access and refresh tokens as a password sign-in.
 */
@Path("auth/oidc")
@Tag(name = "auth")
@Produces(MediaType.APPLICATION_JSON)
public class OidcResource {

    @Inject
    SsoConfiguration sso;

    @Inject
    PendingSignIns pending;

    @Inject
    SsoAccounts accounts;

    @Inject
    TokenIssuer tokens;

    @Inject
    AuditLog audit;

    @GET
    @Path("login")
    @PublicEndpoint
    @Operation(summary = "Starts single sign-on: redirects (303) to the organization's OpenID Connect provider")
    public Response login() {
        AuthorizationStart start = client().start();
        pending.put(start);
        return Response.seeOther(start.authorizationUrl()).build();
    }

    @GET
    @Path("callback")
    @PublicEndpoint
    @Operation(summary = "Completes single sign-on (the provider redirects here) and returns tokens")
    public TokenResource.Tokens callback(@QueryParam("state") String state, @Context UriInfo uri) {
        AuthorizationStart start = pending.take(state)
                .orElseThrow(() -> new ApiException(
                        ProblemType.UNAUTHENTICATED, "This sign-in was not started here or has expired; start again"));
        OidcIdentity identity;
        try {
            identity = client().complete(uri.getRequestUri(), start);
        } catch (SsoException e) {
            audit.record(AuditEvent.of(null, "auth.login", Outcome.FAILURE)
                    .withDetail("via", "oidc")
                    .withDetail("reason", e.reason().name()));
            throw new ApiException(ProblemType.UNAUTHENTICATED, "Single sign-on failed: " + e.getMessage());
        }
        String name = identity.preferredUsername() != null
                ? identity.preferredUsername()
                : identity.email() != null ? identity.email() : identity.subject();
        User user = accounts.link(identity.issuer(), identity.subject(), name, identity.name());
        accounts.applyGroups(user.id(), identity.groups(), true, "oidc");
        audit.record(AuditEvent.of(null, "auth.login", Outcome.SUCCESS)
                .withActor(user.id(), user.username())
                .withDetail("via", "oidc"));
        return tokens.signIn(user.id(), user.username());
    }

    private OidcClient client() {
        return sso.oidc()
                .orElseThrow(() -> new ApiException(
                        ProblemType.NOT_FOUND,
                        "Single sign-on is not configured on this appliance (gridvault.auth.oidc.issuer)"));
    }
}
