package com.gridvault.server.auth;

import com.gridvault.server.errors.ApiException;
import com.gridvault.server.errors.ProblemType;
import com.gridvault.server.tenancy.Page;
import com.gridvault.server.web.paging.ListParams;
import com.gridvault.server.web.paging.PageRequest;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Accounts, for appliance administrators (self-registration is off; invitations come with identity). */
@Path("admin/users")
@Tag(name = "admin: users")
@Produces(MediaType.APPLICATION_JSON)
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
    com.gridvault.server.audit.AuditLog audit;

    @Inject
    UserRepository users;

    @Inject
    Accounts accounts;

    @Inject
    com.gridvault.server.auth.tokens.RefreshTokens refreshTokens;

    /**
     * An account as administrators list it.
     *
     * @param id the account id
     * @param username the sign-in name
     * @param displayName the display name
     * @param systemAdmin whether it administers the appliance
     * @param enabled whether it may sign in
     */
    public record UserView(String id, String username, String displayName, boolean systemAdmin, boolean enabled) {}

    @jakarta.ws.rs.GET
    @RequiresPermission("users:manage")
    @Operation(summary = "Lists accounts")
    @Parameter(
            name = "sort",
            in = ParameterIn.QUERY,
            description = "username, displayName, createdAt or id (default); -username etc. descending")
    @Parameter(
            name = "q",
            in = ParameterIn.QUERY,
            description = "only user names or display names containing this, ignoring case")
    public Page<UserView> list(
            @Valid @BeanParam ListParams params,
            @QueryParam("enabled")
                    @jakarta.validation.constraints.Pattern(regexp = "true|false")
                    @Parameter(description = "true: only enabled accounts; false: only disabled ones")
                    String enabled) {
        PageRequest request = params.toPageRequest(UserRepository.SORTABLE);
        Page<User> page = users.list(params.q(), enabled == null ? null : Boolean.valueOf(enabled), request);
        return new Page<>(
                page.items().stream()
                        .map(u -> new UserView(u.id(), u.username(), u.displayName(), u.systemAdmin(), u.enabled()))
                        .toList(),
                page.nextCursor());
    }

    @POST
    @jakarta.ws.rs.Path("{userId}/disable")
    @RequiresPermission("users:manage")
    @Operation(summary = "Disables an account: it can no longer sign in, and its tokens and sessions stop working")
    public Response disable(@jakarta.ws.rs.PathParam("userId") String userId) {
        if (!users.setEnabled(userId, false)) {
            throw new ApiException(ProblemType.NOT_FOUND, "No account with id '" + userId + "'");
        }
        refreshTokens.revokeAll(userId);
        audit.record(com.gridvault.server.audit.AuditEvent.of(
                        null, "user.disabled", com.gridvault.server.audit.Outcome.SUCCESS)
                .withTarget("user", userId));
        return Response.noContent().build();
    }

    @POST
    @jakarta.ws.rs.Path("{userId}/enable")
    @RequiresPermission("users:manage")
    @Operation(summary = "Enables an account again")
    public Response enable(@jakarta.ws.rs.PathParam("userId") String userId) {
        if (!users.setEnabled(userId, true)) {
            throw new ApiException(ProblemType.NOT_FOUND, "No account with id '" + userId + "'");
        }
        return Response.noContent().build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission("users:manage")
    @Operation(summary = "Creates an account")
    public Response create(@Valid @NotNull CreateUser request) {
        User user = accounts.create(request.username(), request.displayName(), request.password(), "admin");
        return Response.status(Response.Status.CREATED)
                .entity(new CreatedUser(user.id(), user.username(), user.displayName()))
                .build();
    }
}
