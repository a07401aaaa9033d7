package com.gridvault.server.jobs;

import com.gridvault.server.errors.QueryParams;
import com.gridvault.server.tenancy.Page;
import com.gridvault.server.tenancy.TenantGuard;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The jobs of a workspace. */
@Path("workspaces/{workspaceId}/jobs")
@Tag(name = "jobs")
@Produces(MediaType.APPLICATION_JSON)
public class WorkspaceJobsResource {

    @Inject
    TenantGuard guard;

    @Inject
    JobRepository jobs;

    @GET
    @Operation(summary = "Lists a workspace's jobs, optionally only those with one status")
    public Page<JobView> list(
            @PathParam("workspaceId") String workspaceId,
            @QueryParam("status") String status,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @QueryParam("cursor") @Size(max = 64) String cursor) {
        String orgId = guard.workspace(workspaceId, "workspace:read");
        Page<Job> page = Page.of(
                jobs.list(orgId, workspaceId, cursor, limit, QueryParams.enumValue("status", status, JobStatus.class)),
                limit,
                Job::id);
        return new Page<>(page.items().stream().map(JobView::of).toList(), page.nextCursor());
    }
}
