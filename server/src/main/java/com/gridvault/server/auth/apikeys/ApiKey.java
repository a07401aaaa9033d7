package com.gridvault.server.auth.apikeys;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An API key as listed (never with its secret).
 *
 * @param id the key id
 * @param name what the owner called it
 * @param prefix the visible start of the key, e.g. {@code gvk_1a2b3c4d}
 * @param scopes {@code read} and/or {@code write}
 * @param expiresAt when it stops working, or null
 * @param lastUsedAt when it last authenticated a request (to the minute), or null
 * @param createdAt when it was created
 */
public record ApiKey(
        String id,
        String name,
        String prefix,
        List<String> scopes,
        OffsetDateTime expiresAt,
        OffsetDateTime lastUsedAt,
        OffsetDateTime createdAt) {}
