package com.gridvault.server.models;

import com.gridvault.host.plugins.PluginExtension;
import com.gridvault.plugin.api.model.FinancialModel;
import com.gridvault.plugin.api.validation.InvalidInputException;
import com.gridvault.server.errors.ApiException;
import com.gridvault.server.jobs.Job;
import com.gridvault.server.jobs.JobCancelledException;
import com.gridvault.server.jobs.JobContext;
import com.gridvault.server.jobs.JobHandler;
import com.gridvault.server.jobs.PermanentJobFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.JsonbException;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.CancellationException;

/**
 * Runs a model whose input is too large to answer inside a request (big sweeps, Monte Carlo with
 * many paths): progress from the model reaches the job, cancellation reaches the model, and the
 * stored run takes the job's id, so a job revived after a crash never stores a second run.
 */
@ApplicationScoped
public class ModelRunJob implements JobHandler {

    /** The job kind. */
    public static final String KIND = "model.run";

    @Inject
    ModelCatalog catalog;

    @Inject
    ModelRunner runner;

    @Inject
    ModelRunRepository runs;

    @Override
    public String kind() {
        return KIND;
    }

    /** The payload of a model-run job. */
    static String payload(String modelId, String inputJson) {
        return Json.createObjectBuilder()
                .add("modelId", modelId)
                .add("input", inputJson)
                .build()
                .toString();
    }

    @Override
    public void run(JobContext context) {
        Job job = context.job();
        if (runs.find(job.orgId(), job.id()).isPresent()) {
            return; // stored by an execution that died before marking the job done
        }
        JsonObject payload;
        try (var reader = Json.createReader(new StringReader(job.payload()))) {
            payload = reader.readObject();
        }
        String modelId = payload.getString("modelId");
        PluginExtension<FinancialModel> model;
        ModelRunner.Prepared prepared;
        try {
            model = catalog.find(modelId);
            prepared = runner.prepare(model, payload.getString("input"));
        } catch (ApiException | JsonbException | InvalidInputException e) {
            throw new PermanentJobFailure("The model run cannot start: " + e.getMessage());
        }
        context.progress("run", 1);
        ModelEvaluation evaluation;
        try {
            evaluation = runner.run(
                    prepared,
                    runner.context((fraction, stage) -> report(context, stage, fraction), context::cancelRequested));
        } catch (CancellationException e) {
            throw new JobCancelledException();
        } catch (InvalidInputException e) {
            throw new PermanentJobFailure("The model refused the input: " + e.getMessage());
        }
        context.checkCancelled();
        runs.create(new ModelRun(
                job.id(),
                job.orgId(),
                job.workspaceId(),
                evaluation.modelId(),
                evaluation.modelVersion(),
                evaluation.pluginId(),
                evaluation.pluginVersion(),
                evaluation.input().toString(),
                evaluation.output().toString(),
                evaluation.durationMicros(),
                job.createdBy(),
                OffsetDateTime.now(ZoneOffset.UTC)));
    }

    private static void report(JobContext context, String stage, double fraction) {
        try {
            context.progress(stage, 1 + (int) Math.round(fraction * 98));
        } catch (JobCancelledException e) {
            // the model sees it through isCancelled(); throwing here could land on a worker thread
        }
    }
}
