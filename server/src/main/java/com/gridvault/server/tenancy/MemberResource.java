package com.gridvault.server.tenancy;

import com.gridvault.server.auth.CurrentCaller;
import com.gridvault.server.auth.PermissionDeniedException;
import com.gridvault.server.auth.User;
import com.gridvault.server.auth.UserRepository;
import com.gridvault.server.errors.ApiException;
import com.gridvault.server.errors.ProblemType;
import com.gridvault.server.errors.Problems;
import com.gridvault.server.errors.QueryParams;
import com.gridvault.server.web.paging.ListParams;
import com.gridvault.server.web.paging.PageRequest;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Members of an organization and their roles. Only an OWNER grants or changes the OWNER role. */
@Path("orgs/{orgId}/members")
@Tag(name = "organizations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MemberResource {

    @Inject
    com.gridvault.server.audit.AuditLog audit;

    @Inject
    OrganizationRepository organizations;

    @Inject
    UserRepository users;

    @Inject
    TenantGuard guard;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(summary = "Lists the members of an organization")
    @Parameter(
            name = "sort",
            in = ParameterIn.QUERY,
            description = "username, since or id (the user id, default); -username etc. descending")
    @Parameter(name = "q", in = ParameterIn.QUERY, description = "only user names containing this, ignoring case")
    public Page<Member> list(
            @PathParam("orgId") String orgId,
            @Valid @BeanParam ListParams params,
            @QueryParam("role") @Size(max = 20) @Parameter(description = "only members with this role in effect")
                    String role) {
        PageRequest page = params.toPageRequest(OrganizationRepository.MEMBER_SORTABLE);
        Role only = QueryParams.enumValue("role", role, Role.class);
        guard.organization(orgId, "member:read");
        return organizations.members(orgId, params.q(), only, page);
    }

    @POST
    @Operation(summary = "Adds an existing account to the organization with a role")
    public Response add(@PathParam("orgId") String orgId, @Valid @NotNull Requests.AddMember request) {
        guard.organization(orgId, "member:manage");
        requireOwnerToGrantOwner(orgId, request.role());
        User user = users.findByUsername(request.username())
                .orElseThrow(() -> new ApiException(
                        ProblemType.NOT_FOUND, "No account named '" + Problems.clip(request.username()) + "'"));
        if (organizations.roleOf(orgId, user.id()).isPresent()) {
            throw new ApiException(ProblemType.CONFLICT, "'" + user.username() + "' is already a member");
        }
        organizations.addMember(orgId, user.id(), request.role());
        audit.record(com.gridvault.server.audit.AuditEvent.of(
                        orgId, "member.added", com.gridvault.server.audit.Outcome.SUCCESS)
                .withTarget("user", user.id())
                .withDetail("role", request.role().name()));
        return Response.status(Response.Status.CREATED)
                .entity(new Member(
                        user.id(),
                        user.username(),
                        request.role(),
                        OffsetDateTime.now(ZoneOffset.UTC),
                        request.role(),
                        null))
                .build();
    }

    @PATCH
    @Path("{userId}")
    @Operation(summary = "Changes a member's role")
    public Response changeRole(
            @PathParam("orgId") String orgId,
            @PathParam("userId") String userId,
            @Valid @NotNull Requests.ChangeRole request) {
        guard.organization(orgId, "member:manage");
        Role current = organizations.roleOf(orgId, userId).orElseThrow(() -> TenantGuard.notFound("member", userId));
        requireOwnerToGrantOwner(orgId, current);
        requireOwnerToGrantOwner(orgId, request.role());
        if (current == Role.OWNER && request.role() != Role.OWNER && organizations.countOwners(orgId) <= 1) {
            throw new ApiException(ProblemType.CONFLICT, "An organization needs at least one OWNER");
        }
        organizations.changeRole(orgId, userId, request.role());
        audit.record(com.gridvault.server.audit.AuditEvent.of(
                        orgId, "member.role_changed", com.gridvault.server.audit.Outcome.SUCCESS)
                .withTarget("user", userId)
                .withDetail("from", current.name())
                .withDetail("to", request.role().name()));
        return Response.noContent().build();
    }

    @DELETE
    @Path("{userId}")
    @Operation(summary = "Removes a member")
    public Response remove(@PathParam("orgId") String orgId, @PathParam("userId") String userId) {
        guard.organization(orgId, "member:manage");
        Role current = organizations.roleOf(orgId, userId).orElseThrow(() -> TenantGuard.notFound("member", userId));
        requireOwnerToGrantOwner(orgId, current);
        if (current == Role.OWNER && organizations.countOwners(orgId) <= 1) {
            throw new ApiException(ProblemType.CONFLICT, "An organization needs at least one OWNER");
        }
        organizations.removeMember(orgId, userId);
        audit.record(com.gridvault.server.audit.AuditEvent.of(
                        orgId, "member.removed", com.gridvault.server.audit.Outcome.SUCCESS)
                .withTarget("user", userId));
        return Response.noContent().build();
    }

    private void requireOwnerToGrantOwner(String orgId, Role role) {
        if (role == Role.OWNER
                && !guard.systemAdmin()
                && organizations.roleOf(orgId, caller.principal().userId()).orElse(null) != Role.OWNER) {
            throw new PermissionDeniedException("member:manage-owners");
        }
    }
}
