package com.gridvault.server.models;

import jakarta.json.JsonValue;

/**
 * The result of repeating a stored run with its stored input on the currently installed model.
 *
 * @param runId the original run
 * @param identical whether the new output equals the stored output exactly (bit for bit in JSON)
 * @param modelVersionThen the model version of the original run
 * @param modelVersionNow the model version used now
 * @param pluginVersionThen the model pack version of the original run
 * @param pluginVersionNow the model pack version used now
 * @param output the new output
 */
public record ModelReplay(
        String runId,
        boolean identical,
        String modelVersionThen,
        String modelVersionNow,
        String pluginVersionThen,
        String pluginVersionNow,
        JsonValue output) {}
