package com.gridvault.server.auth;

import com.gridvault.server.tenancy.Invitation;
import com.gridvault.server.tenancy.Invitations;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Accepting an invitation with a new account: the account and the membership are created together
 * or not at all. (Self-registration is {@link RegistrationResource}.)
 */
@Path("auth/invitations/accept")
@Tag(name = "auth")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class SignUpResource {

    /** A new account's details. */
    public record NewAccount(
            @NotBlank @Size(max = 254) @Pattern(regexp = "[A-Za-z0-9._@-]+") String username,
            @NotBlank @Size(max = 200) String displayName,
            @NotNull @Size(min = 12, max = 1024) String password) {}

    /** An invitation accepted with a new account. */
    public record Acceptance(@NotBlank @Size(max = 200) String token, @Valid @NotNull NewAccount account) {}

    /** What was created. */
    public record Joined(String userId, String username, String orgId) {}

    @Inject
    Accounts accounts;

    @Inject
    Invitations invitations;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @PublicEndpoint
    @Transactional
    @Operation(
            summary =
                    "Accepts an invitation with a new account; the account and the membership exist together or not at all")
    public Response accept(@Valid @NotNull Acceptance request) {
        User user = accounts.create(
                request.account().username(),
                request.account().displayName(),
                request.account().password(),
                "invitation");
        Invitation invitation = invitations.accept(request.token(), user.id());
        return Response.status(Response.Status.CREATED)
                .entity(new Joined(user.id(), user.username(), invitation.orgId()))
                .build();
    }
}
