package com.gridvault.server.models;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.OffsetDateTime;

/**
 * A stored run as the API shows it.
 *
 * @param id the run id
 * @param workspaceId the workspace
 * @param modelId the model
 * @param modelVersion the model's version at run time
 * @param pluginId the model pack
 * @param pluginVersion the model pack's version at run time
 * @param input the exact input
 * @param output the output
 * @param durationMicros how long the model ran
 * @param createdBy who ran it
 * @param createdAt when
 */
public record ModelRunView(
        String id,
        String workspaceId,
        String modelId,
        String modelVersion,
        String pluginId,
        String pluginVersion,
        JsonValue input,
        JsonValue output,
        long durationMicros,
        String createdBy,
        OffsetDateTime createdAt) {

    static ModelRunView of(ModelRun run) {
        return new ModelRunView(
                run.id(),
                run.workspaceId(),
                run.modelId(),
                run.modelVersion(),
                run.pluginId(),
                run.pluginVersion(),
                parse(run.inputJson()),
                parse(run.outputJson()),
                run.durationMicros(),
                run.createdBy(),
                run.createdAt());
    }

    static JsonValue parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }
}
