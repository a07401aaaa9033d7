package com.gridvault.server.models;

import java.time.OffsetDateTime;

/**
 * A stored run: everything needed to repeat it exactly.
 *
 * @param id the run id
 * @param orgId the organization
 * @param workspaceId the workspace
 * @param modelId the model
 * @param modelVersion the model's version at run time
 * @param pluginId the model pack
 * @param pluginVersion the model pack's version at run time
 * @param inputJson the input exactly as bound
 * @param outputJson the output
 * @param durationMicros how long the model ran
 * @param createdBy the account that ran it
 * @param createdAt when
 */
public record ModelRun(
        String id,
        String orgId,
        String workspaceId,
        String modelId,
        String modelVersion,
        String pluginId,
        String pluginVersion,
        String inputJson,
        String outputJson,
        long durationMicros,
        String createdBy,
        OffsetDateTime createdAt) {}
