package com.gridvault.server.auth;

import com.gridvault.server.auth.tokens.RefreshTokens;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own account. */
@Path("users/me")
@Tag(name = "users")
@Produces(MediaType.APPLICATION_JSON)
public class UsersResource {

    /**
     * An account as its owner sees it.
     *
     * @param id the account id
     * @param username the sign-in name
     * @param displayName the display name
     * @param systemAdmin whether it administers the appliance
     * @param mustChangePassword whether the password was generated and should be changed
     */
    public record Profile(
            String id, String username, String displayName, boolean systemAdmin, boolean mustChangePassword) {}

    /** Profile changes. */
    public record UpdateProfile(@NotBlank @Size(max = 200) String displayName) {}

    /** A password change; the current password is required. */
    public record ChangePassword(@NotNull @Size(max = 1024) String currentPassword, @NotNull String newPassword) {}

    @Inject
    com.gridvault.server.audit.AuditLog audit;

    @Inject
    CurrentCaller caller;

    @Inject
    UserRepository users;

    @Inject
    PasswordHasher hasher;

    @Inject
    PasswordAuthenticator passwords;

    @Inject
    RefreshTokens refreshTokens;

    @GET
    @Operation(summary = "Returns the caller's account")
    public Profile get() {
        return profile(caller.principal().userId());
    }

    @PATCH
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Changes the caller's display name")
    public Profile update(@Valid @NotNull UpdateProfile request) {
        users.rename(caller.principal().userId(), request.displayName());
        return profile(caller.principal().userId());
    }

    @PUT
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Changes the caller's password and signs out every refresh token")
    public Response changePassword(
            @Valid @NotNull ChangePassword request, @Context jakarta.servlet.http.HttpServletRequest http) {
        UserPrincipal me = caller.principal();
        passwords.authenticate(me.username(), request.currentPassword(), http.getRemoteAddr());
        PasswordPolicy.check("newPassword", me.username(), request.newPassword());
        users.changePassword(me.userId(), hasher.hash(request.newPassword()));
        refreshTokens.revokeAll(me.userId());
        audit.record(com.gridvault.server.audit.AuditEvent.of(
                        null, "user.password_changed", com.gridvault.server.audit.Outcome.SUCCESS)
                .withTarget("user", me.userId()));
        return Response.noContent().build();
    }

    private Profile profile(String userId) {
        User u =
                users.findById(userId).orElseThrow(() -> new NotAuthenticatedException("The account no longer exists"));
        return new Profile(u.id(), u.username(), u.displayName(), u.systemAdmin(), u.mustChangePassword());
    }
}
