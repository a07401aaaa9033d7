package com.gridvault.server.auth;

import com.gridvault.server.tenancy.Invitation;
import com.gridvault.server.tenancy.Invitations;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Accepting an invitation with the account one is signed in with. */
@Path("users/me/invitations")
@Tag(name = "users")
@Produces(MediaType.APPLICATION_JSON)
public class MyInvitationsResource {

    /** The invitation's token. */
    public record Token(@NotBlank @Size(max = 200) String token) {}

    @Inject
    Invitations invitations;

    @Inject
    CurrentCaller caller;

    @POST
    @Path("accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Joins the inviting organization with the invitation's role")
    public Invitation accept(@Valid @NotNull Token token) {
        return invitations.accept(token.token(), caller.principal().userId());
    }
}
