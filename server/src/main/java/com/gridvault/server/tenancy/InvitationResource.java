package com.gridvault.server.tenancy;

import com.gridvault.server.audit.AuditEvent;
import com.gridvault.server.audit.AuditLog;
import com.gridvault.server.audit.Outcome;
import com.gridvault.server.auth.CurrentCaller;
import com.gridvault.server.errors.ApiException;
import com.gridvault.server.errors.ProblemType;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Invitations to an organization, issued by those who manage its members. */
@Path("orgs/{orgId}/invitations")
@Tag(name = "organizations")
@Produces(MediaType.APPLICATION_JSON)
public class InvitationResource {

    /** A new invitation: the role it grants and an optional note (e.g. whom it is for). */
    public record NewInvitation(@NotNull Role role, @Size(max = 200) String note) {}

    /** An issued invitation with its token, which is shown only now. */
    public record IssuedInvitation(Invitation invitation, String token) {}

    @Inject
    TenantGuard guard;

    @Inject
    Invitations invitations;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditLog audit;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issues an invitation (valid 7 days, single use); the token is shown once")
    public Response issue(@PathParam("orgId") String orgId, @Valid @NotNull NewInvitation request) {
        guard.organization(orgId, "member:manage");
        if (request.role() == Role.OWNER && !caller.isPermitted("org:delete:" + orgId)) {
            throw new ApiException(ProblemType.FORBIDDEN, "Only an owner can invite another owner");
        }
        Invitations.Issued issued = invitations.issue(
                orgId, request.role(), request.note(), caller.principal().userId());
        audit.record(AuditEvent.of(orgId, "member.invited", Outcome.SUCCESS)
                .withTarget("invitation", issued.invitation().id())
                .withDetail("role", request.role().name()));
        return Response.status(Response.Status.CREATED)
                .entity(new IssuedInvitation(issued.invitation(), issued.token()))
                .build();
    }

    @GET
    @Operation(summary = "Lists the organization's invitations (without tokens)")
    public List<Invitation> list(@PathParam("orgId") String orgId) {
        guard.organization(orgId, "member:manage");
        return invitations.list(orgId);
    }

    @DELETE
    @Path("{invitationId}")
    @Operation(summary = "Revokes an invitation that was not accepted yet")
    public Response revoke(@PathParam("orgId") String orgId, @PathParam("invitationId") String invitationId) {
        guard.organization(orgId, "member:manage");
        if (!invitations.revoke(orgId, invitationId)) {
            throw new ApiException(ProblemType.NOT_FOUND, "No open invitation with id '" + invitationId + "'");
        }
        audit.record(AuditEvent.of(orgId, "member.invitation_revoked", Outcome.SUCCESS)
                .withTarget("invitation", invitationId));
        return Response.noContent().build();
    }
}
