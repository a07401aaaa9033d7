package com.gridvault.server.ai;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;

/** A provider configuration as the API shows it: secret settings by name only. */
public record ProviderConfigView(
        String id,
        String name,
        String providerId,
        Map<String, String> settings,
        Set<String> secretSettings,
        BigDecimal inputPricePerMillion,
        BigDecimal outputPricePerMillion,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    static ProviderConfigView of(StoredProviderConfig c) {
        return new ProviderConfigView(
                c.id(),
                c.name(),
                c.providerId(),
                c.values(),
                new java.util.TreeSet<>(c.secrets().keySet()),
                c.inputPrice(),
                c.outputPrice(),
                c.createdAt(),
                c.updatedAt());
    }
}
