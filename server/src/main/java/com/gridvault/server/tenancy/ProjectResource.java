package com.gridvault.server.tenancy;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Projects by id. */
@Path("projects")
@Tag(name = "projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProjectResource {

    @Inject
    WorkspaceRepository workspaces;

    @Inject
    TenantGuard guard;

    @GET
    @Path("{projectId}")
    @Operation(summary = "Returns a project")
    public Project get(@PathParam("projectId") String projectId) {
        String orgId = guard.project(projectId, "project:read");
        return workspaces.findProject(orgId, projectId).orElseThrow(() -> TenantGuard.notFound("project", projectId));
    }

    @PATCH
    @Path("{projectId}")
    @Operation(summary = "Renames or re-describes a project")
    public Project update(@PathParam("projectId") String projectId, @Valid @NotNull Requests.UpdateProject request) {
        String orgId = guard.project(projectId, "project:write");
        return workspaces
                .updateProject(orgId, projectId, request.name(), request.description())
                .orElseThrow(() -> TenantGuard.notFound("project", projectId));
    }

    @DELETE
    @Path("{projectId}")
    @Operation(summary = "Deletes a project")
    public Response delete(@PathParam("projectId") String projectId) {
        String orgId = guard.project(projectId, "project:delete");
        if (!workspaces.deleteProject(orgId, projectId)) {
            throw TenantGuard.notFound("project", projectId);
        }
        return Response.noContent().build();
    }
}
