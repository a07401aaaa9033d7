package com.gridvault.server.auth.mfa;

import com.gridvault.server.audit.AuditLog;
import com.gridvault.server.auth.CurrentCaller;
import com.gridvault.server.auth.User;
import com.gridvault.server.auth.UserRepository;
import com.gridvault.server.errors.ApiException;
import com.gridvault.server.errors.ProblemType;
import com.gridvault.server.errors.Problems;
import com.gridvault.server.tenancy.OrganizationRepository;
import com.gridvault.server.tenancy.Role;
import com.gridvault.server.tenancy.TenantGuard;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * An organization's member managers reset a member's second factor. The second factor belongs to
 * the account, not the membership, so the caller must manage the member in every organization the
 * account belongs to (as OWNER where the member is an OWNER); otherwise anyone could add an account
 * to an organization of their own and strip its second factor. Appliance administrators' factors
 * are reset only by appliance administrators.
 */
@Path("orgs/{orgId}/members/{userId}/mfa")
@Tag(name = "organizations")
@Produces(MediaType.APPLICATION_JSON)
public class MemberMfaResetResource {

    @Inject
    TenantGuard guard;

    @Inject
    OrganizationRepository organizations;

    @Inject
    UserRepository users;

    @Inject
    MfaService mfa;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditLog audit;

    @DELETE
    @Operation(
            summary = "Resets a member's two-factor authentication (OWNER, ADMIN): removes the TOTP secret and"
                    + " recovery codes; the member enrols again")
    public Response reset(@PathParam("orgId") String orgId, @PathParam("userId") String userId) {
        guard.organization(orgId, "member:manage");
        User user = organizations
                .roleOf(orgId, userId)
                .flatMap(role -> users.findById(userId))
                .orElseThrow(() ->
                        new ApiException(ProblemType.NOT_FOUND, "No member with id '" + Problems.clip(userId) + "'"));
        MfaResets.refuseOwnAccount(caller, userId);
        if (!guard.systemAdmin()) {
            requireFullReach(user);
        }
        MfaResets.reset(mfa, audit, user, orgId);
        return Response.noContent().build();
    }

    private void requireFullReach(User user) {
        if (user.systemAdmin()) {
            throw new ApiException(
                    ProblemType.FORBIDDEN,
                    "Only an appliance administrator resets an appliance administrator's two-factor authentication");
        }
        // The caller's roles in one read: no permission check (a membership query each) per organization.
        Map<String, Role> mine = organizations.memberships(caller.principal().userId());
        for (Map.Entry<String, Role> theirs :
                organizations.memberships(user.id()).entrySet()) {
            Role my = mine.get(theirs.getKey());
            boolean manages = my != null && my.actions().contains("member:manage");
            boolean ownerOk = theirs.getValue() != Role.OWNER || my == Role.OWNER;
            if (!manages || !ownerOk) {
                throw new ApiException(
                        ProblemType.FORBIDDEN,
                        "'" + user.username() + "' also belongs to an organization where you may not manage them;"
                                + " ask an appliance administrator to reset their two-factor authentication");
            }
        }
    }
}
