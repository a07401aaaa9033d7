package com.gridvault.server.auth;

import com.gridvault.server.errors.ApiException;
import com.gridvault.server.errors.ProblemType;
import jakarta.inject.Inject;
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
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Accounts, for appliance administrators (self-registration is off; invitations come with identity). */
@Path("admin/users")
@Tag(name = "admin: users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminUserResource {

    /**
     * A new account.
     *
     * @param username sign-in name: letters, digits and {@code . _ @ -}, stored lower-case
     * @param displayName the name shown to others
     * @param password at least 12 characters, not containing the user name
     */
    public record CreateUser(
            @NotBlank @Size(max = 254) @Pattern(regexp = "[A-Za-z0-9._@-]+") String username,
            @NotBlank @Size(max = 200) String displayName,
            @NotNull @Size(min = 12, max = 1024) String password) {}

    /**
     * A created account (never with its password).
     *
     * @param id the account id
     * @param username the sign-in name
     * @param displayName the display name
     */
    public record CreatedUser(String id, String username, String displayName) {}

    @Inject
    UserRepository users;

    @Inject
    PasswordHasher hasher;

    @POST
    @RequiresPermission("users:manage")
    @Operation(summary = "Creates an account")
    public Response create(@Valid @NotNull CreateUser request) {
        String username = request.username().toLowerCase(Locale.ROOT);
        if (request.password().toLowerCase(Locale.ROOT).contains(username)) {
            throw new ApiException(
                    ProblemType.VALIDATION,
                    "The password must not contain the user name",
                    java.util.List.of(new com.gridvault.server.errors.Problem.FieldProblem(
                            "password", "must not contain the user name")));
        }
        if (users.findByUsername(username).isPresent()) {
            throw new ApiException(ProblemType.CONFLICT, "An account named '" + username + "' already exists");
        }
        User user = new User(
                UUID.randomUUID().toString(),
                username,
                request.displayName(),
                hasher.hash(request.password()),
                false,
                true,
                false,
                OffsetDateTime.now(ZoneOffset.UTC));
        users.create(user);
        return Response.status(Response.Status.CREATED)
                .entity(new CreatedUser(user.id(), user.username(), user.displayName()))
                .build();
    }
}
