package com.gridvault.server.models;

import com.gridvault.host.plugins.PluginExtension;
import com.gridvault.plugin.api.model.FinancialModel;
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

    /**
     * Runs a model synchronously.
     *
     * @param model the model and its plugin
     * @param inputJson the request body
     * @return the evaluation
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    public ModelEvaluation evaluate(PluginExtension<FinancialModel> model, String inputJson) {
        FinancialModel m = model.extension();
        if (inputJson == null || inputJson.isBlank()) {
            throw new ApiException(ProblemType.BAD_REQUEST, "The request body is empty; send the model input as JSON");
        }
        Object input = STRICT.fromJson(inputJson, m.inputType());
        if (input == null) {
            throw new ApiException(
                    ProblemType.BAD_REQUEST, "The request body is JSON null; send the model input as a JSON object");
        }
        long work = m.estimateWork(input);
        if (work > settings.maxSynchronousModelWork()) {
            throw new ApiException(
                    ProblemType.UNPROCESSABLE,
                    "This input needs about " + work + " units of work, more than the "
                            + settings.maxSynchronousModelWork()
                            + " allowed in one request (gridvault.models.max-synchronous-work)");
        }
        ApplianceModelContext context = new ApplianceModelContext(
                settings.modelLimits(),
                executor,
                Math.max(1, Runtime.getRuntime().availableProcessors()));
        long began = System.nanoTime();
        Object output = m.run(input, context);
        long micros = (System.nanoTime() - began) / 1_000;
        var d = m.descriptor();
        return new ModelEvaluation(
                d.id(),
                d.version(),
                model.pluginId(),
                model.pluginVersion(),
                parse(STRICT.toJson(input)),
                parse(STRICT.toJson(output)),
                micros);
    }

    private static JsonValue parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }
}
