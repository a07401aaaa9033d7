package com.gridvault.server.models;

import com.gridvault.server.auth.CurrentCaller;
import com.gridvault.server.config.ApplianceSettings;
import com.gridvault.server.errors.ApiException;
import com.gridvault.server.errors.ProblemType;
import com.gridvault.server.jobs.Job;
import com.gridvault.server.jobs.JobService;
import com.gridvault.server.jobs.JobView;
import com.gridvault.server.jobs.NewJob;
import com.gridvault.server.tenancy.Page;
import com.gridvault.server.tenancy.TenantGuard;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Runs of a model in a workspace: run (and store) and list. */
@Path("workspaces/{workspaceId}/models/{modelId}/runs")
@Tag(name = "models")
@Produces(MediaType.APPLICATION_JSON)
public class WorkspaceModelRunsResource {

    @Inject
    TenantGuard guard;

    @Inject
    ModelCatalog catalog;

    @Inject
    ModelRunner runner;

    @Inject
    ModelRunRepository runs;

    @Inject
    CurrentCaller caller;

    @Inject
    ApplianceSettings settings;

    @Inject
    JobService jobs;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Runs a model on the JSON input and stores the run (201); inputs above the synchronous work limit run"
                            + " as a job (202 with the job; the run gets the job's id); invalid input stores nothing")
    public Response run(
            @PathParam("workspaceId") String workspaceId,
            @PathParam("modelId") String modelId,
            String input,
            @Context UriInfo uri) {
        String orgId = guard.workspace(workspaceId, "model:run");
        return store(orgId, workspaceId, modelId, input, uri);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(
            summary =
                    "Runs a model whose bars come from an OHLCV CSV file (part 'bars') merged into the JSON input (part 'input')")
    public Response runWithCsv(
            @PathParam("workspaceId") String workspaceId,
            @PathParam("modelId") String modelId,
            List<EntityPart> parts,
            @Context UriInfo uri)
            throws IOException {
        String orgId = guard.workspace(workspaceId, "model:run");
        JsonObject input = Json.createObjectBuilder().build();
        JsonArray bars = null;
        for (EntityPart part : parts) {
            try (InputStream content = part.getContent()) {
                if (part.getName().equals("input")) {
                    try (var reader = Json.createReader(new InputStreamReader(content, StandardCharsets.UTF_8))) {
                        input = reader.readObject();
                    }
                } else if (part.getName().equals("bars")) {
                    bars = BarsCsv.parse(
                            new InputStreamReader(content, StandardCharsets.UTF_8),
                            settings.modelLimits().maxBars());
                }
            }
        }
        if (bars == null) {
            throw new ApiException(
                    ProblemType.BAD_REQUEST, "The multipart request has no part named 'bars' (the OHLCV CSV)");
        }
        JsonObject merged = Json.createObjectBuilder(input).add("bars", bars).build();
        return store(orgId, workspaceId, modelId, merged.toString(), uri);
    }

    private Response store(String orgId, String workspaceId, String modelId, String input, UriInfo uri) {
        var model = catalog.find(modelId);
        ModelRunner.Prepared prepared = runner.prepare(model, input);
        if (runner.needsJob(prepared)) {
            Job job = jobs.submit(new NewJob(
                    orgId,
                    workspaceId,
                    ModelRunJob.KIND,
                    model.extension().descriptor().id(),
                    caller.principal().userId(),
                    ModelRunJob.payload(model.extension().descriptor().id(), input)));
            return Response.accepted(JobView.of(job))
                    .location(
                            uri.getBaseUriBuilder().path("jobs").path(job.id()).build())
                    .build();
        }
        ModelEvaluation evaluation = runner.run(prepared, runner.context((f, s) -> {}, () -> false));
        ModelRun run = new ModelRun(
                UUID.randomUUID().toString(),
                orgId,
                workspaceId,
                evaluation.modelId(),
                evaluation.modelVersion(),
                evaluation.pluginId(),
                evaluation.pluginVersion(),
                evaluation.input().toString(),
                evaluation.output().toString(),
                evaluation.durationMicros(),
                caller.principal().userId(),
                OffsetDateTime.now(ZoneOffset.UTC));
        runs.create(run);
        return Response.created(uri.getBaseUriBuilder()
                        .path("model-runs")
                        .path(run.id())
                        .build())
                .entity(ModelRunView.of(run))
                .build();
    }

    @GET
    @Operation(summary = "Lists the stored runs of a model in a workspace")
    public Page<ModelRunView> list(
            @PathParam("workspaceId") String workspaceId,
            @PathParam("modelId") String modelId,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @QueryParam("cursor") @Size(max = 64) String cursor) {
        String orgId = guard.workspace(workspaceId, "workspace:read");
        var rows = runs.list(orgId, workspaceId, modelId, cursor, limit);
        var page = Page.of(rows, limit, ModelRun::id);
        return new Page<>(page.items().stream().map(ModelRunView::of).toList(), page.nextCursor());
    }
}
