package com.gridvault.server.jobs;

import com.gridvault.server.tenancy.TenantGuard;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One job: state, progress stream, cancel and retry. */
@Path("jobs/{jobId}")
@Tag(name = "jobs")
@Produces(MediaType.APPLICATION_JSON)
public class JobResource {

    @Inject
    TenantGuard guard;

    @Inject
    JobRepository jobs;

    @Inject
    JobService service;

    @Inject
    JobProgressStreams streams;

    @GET
    @Operation(summary = "Returns a job's status, stage, progress, attempts and failure reason")
    public JobView get(@PathParam("jobId") String jobId) {
        String orgId = authorize(jobId, "workspace:read");
        return JobView.of(jobs.find(orgId, jobId).orElseThrow());
    }

    @GET
    @Path("events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Streams the job's changes as Server-Sent Events: 'progress' events, then 'done' when it ends")
    public void events(@PathParam("jobId") String jobId, @Context SseEventSink sink, @Context Sse sse) {
        authorize(jobId, "workspace:read");
        streams.open(jobId, sink, sse);
    }

    @POST
    @Path("cancel")
    @Operation(summary = "Cancels a queued job at once, a running one at its next progress report")
    public JobView cancel(@PathParam("jobId") String jobId) {
        authorize(jobId, "job:manage");
        return JobView.of(service.cancel(jobId).orElseThrow());
    }

    @POST
    @Path("retry")
    @Operation(summary = "Runs a FAILED or CANCELLED job again, skipping the stages it completed")
    public JobView retry(@PathParam("jobId") String jobId) {
        authorize(jobId, "job:manage");
        return JobView.of(service.retry(jobId).orElseThrow());
    }

    private String authorize(String jobId, String action) {
        return guard.owned("job", jobId, jobs.orgOfJob(jobId), action);
    }
}
