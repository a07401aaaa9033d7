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
    @Parameter(
            name = "sort",
            in = ParameterIn.QUERY,
            description = "name, createdAt or id (default); -name etc. descending")
    public Page<Project> list(@PathParam("workspaceId") String workspaceId, @Valid @BeanParam ListParams params) {
        PageRequest page = params.toPageRequest(WorkspaceRepository.SORTABLE);
        String orgId = guard.workspace(workspaceId, "project:read");
        return workspaces.listProjects(orgId, workspaceId, params.q(), page);
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
