package com.gridvault.server.auth;

import com.gridvault.server.errors.ApiException;
import com.gridvault.server.errors.ProblemType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Self-registration, only when {@code gridvault.auth.self-registration=true} (off by default). */
@Path("auth/register")
@Tag(name = "auth")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class RegistrationResource {

    @Inject
    Accounts accounts;

    @Inject
    @ConfigProperty(name = "gridvault.auth.self-registration", defaultValue = "false")
    boolean selfRegistration;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @PublicEndpoint
    @Operation(summary = "Creates an account without an invitation, when the administrator turned self-registration on")
    public Response register(@Valid @NotNull SignUpResource.NewAccount request) {
        if (!selfRegistration) {
            throw new ApiException(
                    ProblemType.NOT_FOUND,
                    "Self-registration is off on this appliance; ask an organization administrator for an invitation");
        }
        User user = accounts.create(request.username(), request.displayName(), request.password(), "registration");
        return Response.status(Response.Status.CREATED)
                .entity(new SignUpResource.Joined(user.id(), user.username(), null))
                .build();
    }
}
