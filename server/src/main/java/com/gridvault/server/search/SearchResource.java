package com.gridvault.server.search;

import com.gridvault.server.auth.CurrentCaller;
import com.gridvault.server.jobs.JobService;
import com.gridvault.server.jobs.JobView;
import com.gridvault.server.jobs.NewJob;
import com.gridvault.server.tenancy.TenantGuard;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Search in a workspace, and rebuilding its index. */
@Path("workspaces/{workspaceId}/search")
@Tag(name = "search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    @Inject
    TenantGuard guard;

    @Inject
    SearchService search;

    @Inject
    JobService jobs;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Finds the passages of the workspace's documents that best match the query (text, semantic"
                    + " or hybrid), with page, section and offsets for citations")
    public SearchResult search(@PathParam("workspaceId") String workspaceId, @Valid @NotNull SearchRequest request) {
        String orgId = guard.workspace(workspaceId, "workspace:read");
        return search.search(orgId, workspaceId, request);
    }

    @POST
    @Path("reindex")
    @Operation(summary = "Rebuilds the workspace's search index from the stored chunks and vectors, as a job")
    public Response reindex(@PathParam("workspaceId") String workspaceId, @Context UriInfo uri) {
        String orgId = guard.workspace(workspaceId, "workspace:write");
        JobView job = JobView.of(jobs.submit(new NewJob(
                orgId,
                workspaceId,
                ReindexJob.KIND,
                workspaceId,
                caller.principal().userId())));
        return Response.accepted(job)
                .location(uri.getBaseUriBuilder().path("jobs").path(job.id()).build())
                .build();
    }
}
