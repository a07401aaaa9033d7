package com.gridvault.server.ai;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * A provider configuration with its secrets opened (never leaves the server).
 *
 * @param id the configuration id
 * @param name the organization's name for it, e.g. {@code azure-prod}
 * @param providerId the {@link com.gridvault.plugin.api.ai.AiProvider} id, e.g. {@code openai-compatible}
 * @param values the non-secret settings
 * @param secrets the secret settings, opened
 * @param inputPrice price per million prompt tokens, or null
 * @param outputPrice price per million completion tokens, or null
 * @param createdAt creation time
 * @param updatedAt last change (connections are re-created after it)
 */
public record StoredProviderConfig(
        String id,
        String name,
        String providerId,
        Map<String, String> values,
        Map<String, String> secrets,
        BigDecimal inputPrice,
        BigDecimal outputPrice,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    public StoredProviderConfig {
        values = Map.copyOf(values);
        secrets = Map.copyOf(secrets);
    }

    @Override
    public String toString() {
        return "StoredProviderConfig[" + id + ", " + name + ", " + providerId + ", secrets=" + secrets.keySet() + "]";
    }
}
