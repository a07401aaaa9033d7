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

/** A workspace's projects. */
@Path("workspaces/{workspaceId}/projects")
@Tag(name = "projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WorkspaceProjectsResource {

    @Inject
    WorkspaceRepository workspaces;

    @Inject
    TenantGuard guard;

    @GET
    @Operation(summary = "Lists a workspace's projects")
    public Page<Project> list(
            @PathParam("workspaceId") String workspaceId,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @QueryParam("cursor") @Size(max = Cursor.MAX_LENGTH) String cursor,
            @QueryParam("sort")
                    @Size(max = 64)
                    @Parameter(description = "name, createdAt or id (default); -name etc. descending")
                    String sort,
            @QueryParam("q") @Size(max = 200) @Parameter(description = "only names containing this, ignoring case")
                    String q) {
        PageRequest page = PageRequest.of(sort, cursor, limit, WorkspaceRepository.SORTABLE);
        String orgId = guard.workspace(workspaceId, "project:read");
        return workspaces.listProjects(orgId, workspaceId, q, page);
    }

    @POST
    @Operation(summary = "Creates a project")
    public Response create(
            @PathParam("workspaceId") String workspaceId,
            @Valid @NotNull Requests.CreateProject request,
            @Context UriInfo uri) {
        String orgId = guard.workspace(workspaceId, "project:write");
        Project p = new Project(
                UUID.randomUUID().toString(),
                orgId,
                workspaceId,
                request.name(),
                request.description(),
                OffsetDateTime.now(ZoneOffset.UTC));
        workspaces.createProject(orgId, p);
        return Response.created(
                        uri.getBaseUriBuilder().path("projects").path(p.id()).build())
                .entity(p)
                .build();
    }
}
