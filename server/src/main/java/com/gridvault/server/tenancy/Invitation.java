package com.gridvault.server.tenancy;

import java.time.OffsetDateTime;

/** An invitation as the API shows it (never its token). */
public record Invitation(
        String id,
        String orgId,
        Role role,
        String note,
        String createdBy,
        OffsetDateTime createdAt,
        OffsetDateTime expiresAt,
        String acceptedBy,
        OffsetDateTime acceptedAt) {}
