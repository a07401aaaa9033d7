package com.gridvault.server.auth;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who am I: the caller as the server sees it. */
@Path("auth/me")
@Tag(name = "auth")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    /**
     * The caller.
     *
     * @param userId the account id
     * @param username the sign-in name
     * @param systemAdmin whether the account administers the appliance
     */
    public record Me(String userId, String username, boolean systemAdmin) {}

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(summary = "Returns the authenticated caller")
    public Me me() {
        UserPrincipal p = caller.principal();
        return new Me(p.userId(), p.username(), p.systemAdmin());
    }
}
