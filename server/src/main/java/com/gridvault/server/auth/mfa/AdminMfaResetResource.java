package com.gridvault.server.auth.mfa;

import com.gridvault.server.audit.AuditLog;
import com.gridvault.server.auth.CurrentCaller;
import com.gridvault.server.auth.RequiresPermission;
import com.gridvault.server.auth.User;
import com.gridvault.server.auth.UserRepository;
import com.gridvault.server.errors.ApiException;
import com.gridvault.server.errors.ProblemType;
import com.gridvault.server.errors.Problems;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An appliance administrator resets any account's second factor (a lost authenticator). */
@Path("admin/users/{userId}/mfa")
@Tag(name = "admin: users")
@Produces(MediaType.APPLICATION_JSON)
public class AdminMfaResetResource {

    @Inject
    MfaService mfa;

    @Inject
    UserRepository users;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditLog audit;

    @DELETE
    @RequiresPermission("users:manage")
    @Operation(
            summary = "Resets an account's two-factor authentication: removes its TOTP secret and recovery codes;"
                    + " it signs in with the password alone until it enrols again")
    public Response reset(@PathParam("userId") String userId) {
        User user = users.findById(userId)
                .orElseThrow(() ->
                        new ApiException(ProblemType.NOT_FOUND, "No account with id '" + Problems.clip(userId) + "'"));
        MfaResets.refuseOwnAccount(caller, userId);
        MfaResets.reset(mfa, audit, user, null);
        return Response.noContent().build();
    }
}
