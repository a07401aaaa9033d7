package com.gridvault.server.models;

import jakarta.json.JsonObject;

/**
 * A model as listed by the catalog.
 *
 * @param id the model id
 * @param name the human name
 * @param description what it computes
 * @param version the model's version
 * @param category its family
 * @param pluginId the model pack providing it
 * @param pluginVersion the model pack's version
 * @param inputSchema JSON Schema of the input
 * @param outputSchema JSON Schema of the output
 */
public record ModelSummary(
        String id,
        String name,
        String description,
        String version,
        String category,
        String pluginId,
        String pluginVersion,
        JsonObject inputSchema,
        JsonObject outputSchema) {}
