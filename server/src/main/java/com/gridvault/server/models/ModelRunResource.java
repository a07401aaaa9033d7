package com.gridvault.server.models;

import com.gridvault.server.errors.ApiException;
import com.gridvault.server.errors.ProblemType;
import com.gridvault.server.tenancy.TenantGuard;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A stored model run, and repeating it. */
@Path("model-runs")
@Tag(name = "models")
@Produces(MediaType.APPLICATION_JSON)
public class ModelRunResource {

    @Inject
    TenantGuard guard;

    @Inject
    ModelRunRepository runs;

    @Inject
    ModelCatalog catalog;

    @Inject
    ModelRunner runner;

    @GET
    @Path("{runId}")
    @Operation(summary = "Returns a stored run with its exact input, versions and output")
    public ModelRunView get(@PathParam("runId") String runId) {
        return ModelRunView.of(find(runId, "workspace:read"));
    }

    @POST
    @Path("{runId}/replay")
    @Operation(summary = "Repeats a stored run with its stored input and says whether the output is identical")
    public ModelReplay replay(@PathParam("runId") String runId) {
        ModelRun run = find(runId, "model:run");
        ModelEvaluation again = runner.evaluate(catalog.find(run.modelId()), run.inputJson());
        return new ModelReplay(
                run.id(),
                again.output().toString().equals(run.outputJson()),
                run.modelVersion(),
                again.modelVersion(),
                run.pluginVersion(),
                again.pluginVersion(),
                again.output());
    }

    private ModelRun find(String runId, String action) {
        String orgId = runs.orgOfRun(runId).orElseThrow(() -> notFound(runId));
        guard.organization(orgId, action);
        return runs.find(orgId, runId).orElseThrow(() -> notFound(runId));
    }

    private static ApiException notFound(String runId) {
        return new ApiException(
                ProblemType.NOT_FOUND,
                "No model run with id '" + com.gridvault.server.errors.Problems.clip(runId) + "'");
    }
}
