package com.gridvault.server.tenancy;

import com.gridvault.server.web.paging.Cursor;
import com.gridvault.server.web.paging.PageRequest;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
    public Page<Workspace> list(
            @PathParam("orgId") String orgId,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @QueryParam("cursor") @Size(max = Cursor.MAX_LENGTH) String cursor,
            @QueryParam("sort")
                    @Size(max = 64)
                    @Parameter(description = "name, createdAt or id (default); -name etc. descending")
                    String sort,
            @QueryParam("q") @Size(max = 200) @Parameter(description = "only names containing this, ignoring case")
                    String q) {
        PageRequest page = PageRequest.of(sort, cursor, limit, WorkspaceRepository.SORTABLE);
        guard.organization(orgId, "workspace:read");
        return workspaces.list(orgId, q, page);
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
