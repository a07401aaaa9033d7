package com.gridvault.server.models;

import jakarta.json.JsonValue;

/**
 * The result of a synchronous model run, with everything needed to reproduce it.
 *
 * @param modelId the model
 * @param modelVersion its version
 * @param pluginId the model pack
 * @param pluginVersion the model pack's version
 * @param input the input exactly as bound (defaults applied by the model are not shown)
 * @param output the model's output
 * @param durationMicros how long the model ran
 */
public record ModelEvaluation(
        String modelId,
        String modelVersion,
        String pluginId,
        String pluginVersion,
        JsonValue input,
        JsonValue output,
        long durationMicros) {}
