package com.gridvault.server.models;

import com.gridvault.server.auth.RequiresPermission;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The financial models of the enabled model packs. */
@Path("models")
@Tag(name = "models")
@Produces(MediaType.APPLICATION_JSON)
public class ModelResource {

    @Inject
    ModelCatalog catalog;

    @Inject
    ModelRunner runner;

    // The catalog is the same for every tenant and holds no tenant data: any signed-in user may read
    // it (an analyst picks a model in the Excel task pane; runs need the organization's model:run).
    @GET
    @Operation(summary = "Lists every model of every enabled model pack, with input and output JSON Schemas")
    public List<ModelSummary> list() {
        return catalog.models().stream().map(ModelCatalog::summary).toList();
    }

    @GET
    @Path("{modelId}")
    @Operation(summary = "Describes one model")
    public ModelSummary get(@PathParam("modelId") String modelId) {
        return ModelCatalog.summary(catalog.find(modelId));
    }

    @POST
    @Path("{modelId}/evaluate")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission("models:run")
    @Operation(summary = "Runs a model synchronously on the JSON input (small runs; results are not stored)")
    public ModelEvaluation evaluate(@PathParam("modelId") String modelId, String input) {
        return runner.evaluate(catalog.find(modelId), input);
    }
}
