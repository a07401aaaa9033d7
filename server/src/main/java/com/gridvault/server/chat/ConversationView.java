package com.gridvault.server.chat;

import java.time.OffsetDateTime;

/** A conversation as the API shows it. */
public record ConversationView(
        String id,
        String workspaceId,
        String title,
        String createdBy,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {}
