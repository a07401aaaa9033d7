package com.gridvault.server.tenancy;

import com.gridvault.server.web.paging.ListParams;
import com.gridvault.server.web.paging.PageRequest;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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

/** An organization's workspaces. */
@Path("orgs/{orgId}/workspaces")
@Tag(name = "workspaces")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganizationWorkspacesResource {

    @Inject
    Quotas quotas;

    @Inject
    WorkspaceRepository workspaces;

    @Inject
    TenantGuard guard;

    @GET
    @Operation(summary = "Lists an organization's workspaces")
    @Parameter(
            name = "sort",
            in = ParameterIn.QUERY,
            description = "name, createdAt or id (default); -name etc. descending")
    public Page<Workspace> list(@PathParam("orgId") String orgId, @Valid @BeanParam ListParams params) {
        PageRequest page = params.toPageRequest(WorkspaceRepository.SORTABLE);
        guard.organization(orgId, "workspace:read");
        return workspaces.list(orgId, params.q(), page);
    }

    @POST
    @Operation(summary = "Creates a workspace")
    public Response create(
            @PathParam("orgId") String orgId, @Valid @NotNull Requests.CreateWorkspace request, @Context UriInfo uri) {
        guard.organization(orgId, "workspace:write");
        quotas.checkNewWorkspace(orgId);
        Workspace w = new Workspace(
                UUID.randomUUID().toString(),
                orgId,
                request.name(),
                request.description(),
                OffsetDateTime.now(ZoneOffset.UTC));
        workspaces.create(orgId, w);
        return Response.created(
                        uri.getBaseUriBuilder().path("workspaces").path(w.id()).build())
                .entity(w)
                .build();
    }
}
