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

/** Workspaces by id. */
@Path("workspaces")
@Tag(name = "workspaces")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WorkspaceResource {

    @Inject
    jakarta.enterprise.event.Event<WorkspaceDeleting> deleting;

    @Inject
    WorkspaceRepository workspaces;

    @Inject
    TenantGuard guard;

    @GET
    @Path("{workspaceId}")
    @Operation(summary = "Returns a workspace")
    public Workspace get(@PathParam("workspaceId") String workspaceId) {
        String orgId = guard.workspace(workspaceId, "workspace:read");
        return workspaces.find(orgId, workspaceId).orElseThrow(() -> TenantGuard.notFound("workspace", workspaceId));
    }

    @PATCH
    @Path("{workspaceId}")
    @Operation(summary = "Renames or re-describes a workspace")
    public Workspace update(
            @PathParam("workspaceId") String workspaceId, @Valid @NotNull Requests.UpdateWorkspace request) {
        String orgId = guard.workspace(workspaceId, "workspace:write");
        return workspaces
                .update(orgId, workspaceId, request.name(), request.description())
                .orElseThrow(() -> TenantGuard.notFound("workspace", workspaceId));
    }

    @DELETE
    @Path("{workspaceId}")
    @Operation(summary = "Deletes a workspace with its projects, documents, files, search entries and jobs")
    public Response delete(@PathParam("workspaceId") String workspaceId) {
        String orgId = guard.workspace(workspaceId, "workspace:delete");
        deleting.fire(new WorkspaceDeleting(orgId, workspaceId));
        if (!workspaces.delete(orgId, workspaceId)) {
            throw TenantGuard.notFound("workspace", workspaceId);
        }
        return Response.noContent().build();
    }
}
