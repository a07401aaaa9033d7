package com.gridvault.server.models;

import com.gridvault.host.plugins.PluginExtension;
import com.gridvault.plugin.api.model.FinancialModel;
import com.gridvault.plugin.api.model.ModelContext;
import com.gridvault.server.config.ApplianceSettings;
import com.gridvault.server.errors.ApiException;
import com.gridvault.server.errors.ProblemType;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.io.StringReader;

/**
 * Binds request JSON to a model's input record and runs it. Unknown properties are refused, so a
 * misspelt field ("volatilty") is an error rather than a silently defaulted input.
 */
@ApplicationScoped
public class ModelRunner {

    private static final Jsonb STRICT = JsonbBuilder.create(
            new JsonbConfig().withNullValues(false).setProperty("jsonb.fail-on-unknown-properties", true));

    @Inject
    ApplianceSettings settings;

    @Resource
    ManagedExecutorService executor;

    /** A bound input and the work it needs, before running. */
    public record Prepared(PluginExtension<FinancialModel> model, Object input, long work) {}

    /**
     * Binds and checks the input of a model.
     *
     * @param model the model and its plugin
     * @param inputJson the request body
     * @return the bound input and its estimated work
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    public Prepared prepare(PluginExtension<FinancialModel> model, String inputJson) {
        FinancialModel m = model.extension();
        if (inputJson == null || inputJson.isBlank()) {
            throw new ApiException(ProblemType.BAD_REQUEST, "The request body is empty; send the model input as JSON");
        }
        Object input = STRICT.fromJson(inputJson, m.inputType());
        if (input == null) {
            throw new ApiException(
                    ProblemType.BAD_REQUEST, "The request body is JSON null; send the model input as a JSON object");
        }
        return new Prepared(model, input, m.estimateWork(input));
    }

    /**
     * Runs a model synchronously, refusing inputs above the synchronous work limit.
     *
     * @param model the model and its plugin
     * @param inputJson the request body
     * @return the evaluation
     */
    public ModelEvaluation evaluate(PluginExtension<FinancialModel> model, String inputJson) {
        Prepared prepared = prepare(model, inputJson);
        if (prepared.work() > settings.maxSynchronousModelWork()) {
            throw new ApiException(
                    ProblemType.UNPROCESSABLE,
                    "This input needs about " + prepared.work() + " units of work, more than the "
                            + settings.maxSynchronousModelWork()
                            + " allowed in one request (gridvault.models.max-synchronous-work); store it as a run"
                            + " (POST /api/v1/workspaces/{workspaceId}/models/{modelId}/runs) to run it as a job");
        }
        return run(prepared, new ApplianceModelContext(settings.modelLimits(), executor, parallelism()));
    }

    /** Whether a prepared input must run as a job rather than inside the request. */
    public boolean needsJob(Prepared prepared) {
        return prepared.work() > settings.maxSynchronousModelWork();
    }

    /**
     * Runs a prepared input in the given context (a job passes one that reports progress).
     *
     * @return the evaluation
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    public ModelEvaluation run(Prepared prepared, ModelContext context) {
        FinancialModel m = prepared.model().extension();
        long began = System.nanoTime();
        Object output = m.run(prepared.input(), context);
        long micros = (System.nanoTime() - began) / 1_000;
        var d = m.descriptor();
        return new ModelEvaluation(
                d.id(),
                d.version(),
                prepared.model().pluginId(),
                prepared.model().pluginVersion(),
                parse(STRICT.toJson(prepared.input())),
                parse(STRICT.toJson(output)),
                micros);
    }

    /** The limits and executor of runs on this appliance. */
    ModelContext context(
            java.util.function.BiConsumer<Double, String> progress, java.util.function.BooleanSupplier cancelled) {
        return new JobModelContext(settings.modelLimits(), executor, parallelism(), progress, cancelled);
    }

    private static int parallelism() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    private static JsonValue parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }
}
