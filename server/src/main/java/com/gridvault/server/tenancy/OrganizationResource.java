package com.gridvault.server.tenancy;

import com.gridvault.server.auth.CurrentCaller;
import com.gridvault.server.auth.PermissionDeniedException;
import com.gridvault.server.web.paging.ListParams;
import com.gridvault.server.web.paging.PageRequest;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Organizations: the tenants. */
@Path("orgs")
@Tag(name = "organizations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganizationResource {

    @Inject
    com.gridvault.server.audit.AuditLog audit;

    @Inject
    OrganizationRepository organizations;

    @Inject
    TenantGuard guard;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(summary = "Lists the organizations the caller belongs to (all of them for appliance administrators)")
    @Parameter(
            name = "sort",
            in = ParameterIn.QUERY,
            description = "name, createdAt or id (default); -name etc. descending")
    public Page<Organization> list(@Valid @BeanParam ListParams params) {
        PageRequest page = params.toPageRequest(OrganizationRepository.SORTABLE);
        return guard.systemAdmin()
                ? organizations.all(params.q(), page)
                : organizations.forUser(caller.principal().userId(), params.q(), page);
    }

    @POST
    @Operation(summary = "Creates an organization; the caller becomes its OWNER")
    public Response create(@Valid @NotNull Requests.CreateOrganization request, @Context UriInfo uri) {
        Plan plan = request.plan() == null ? Plan.FREE : request.plan();
        if (plan != Plan.FREE && !guard.systemAdmin()) {
            throw new PermissionDeniedException("plans:manage");
        }
        Organization created = new Organization(
                UUID.randomUUID().toString(), request.name(), plan, OffsetDateTime.now(ZoneOffset.UTC), Role.OWNER);
        organizations.create(created, caller.principal().userId());
        audit.record(com.gridvault.server.audit.AuditEvent.of(
                        created.id(), "org.created", com.gridvault.server.audit.Outcome.SUCCESS)
                .withTarget("organization", created.id()));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build())
                .entity(created)
                .build();
    }

    @GET
    @Path("{orgId}")
    @Operation(summary = "Returns an organization")
    public Organization get(@PathParam("orgId") String orgId) {
        guard.organization(orgId, "org:read");
        return withCallerRole(orgId);
    }

    @PATCH
    @Path("{orgId}")
    @Operation(summary = "Renames an organization or changes its plan (plan: appliance administrators only)")
    public Organization update(@PathParam("orgId") String orgId, @Valid @NotNull Requests.UpdateOrganization request) {
        guard.organization(orgId, "org:update");
        if (request.plan() != null && !guard.systemAdmin()) {
            throw new PermissionDeniedException("plans:manage");
        }
        organizations.rename(orgId, request.name(), request.plan());
        return withCallerRole(orgId);
    }

    @DELETE
    @Path("{orgId}")
    @Operation(summary = "Deletes an organization with its workspaces, projects and memberships")
    public Response delete(@PathParam("orgId") String orgId) {
        guard.organization(orgId, "org:delete");
        organizations.delete(orgId);
        audit.record(com.gridvault.server.audit.AuditEvent.of(
                        null, "org.deleted", com.gridvault.server.audit.Outcome.SUCCESS)
                .withTarget("organization", orgId));
        return Response.noContent().build();
    }

    private Organization withCallerRole(String orgId) {
        Organization o = organizations.find(orgId).orElseThrow(() -> TenantGuard.notFound("organization", orgId));
        Role role = organizations.roleOf(orgId, caller.principal().userId()).orElse(null);
        return new Organization(o.id(), o.name(), o.plan(), o.createdAt(), role);
    }
}
