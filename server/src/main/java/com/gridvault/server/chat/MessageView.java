package com.gridvault.server.chat;

import jakarta.json.JsonArray;
import java.time.OffsetDateTime;

/**
 * A message as stored and shown.
 *
 * @param id the message id
 * @param conversationId its conversation
 * @param position its order, from 0
 * @param role USER or ASSISTANT
 * @param content the text
 * @param citations the answer's citations: number, chunk, document, page, section, quote
 * @param status COMPLETE, CANCELLED (the client went away) or FAILED
 * @param promptTemplate the prompt template of an answer
 * @param promptVersion its version (0 = built in)
 * @param providerConfigId the AI endpoint that answered
 * @param model the model that answered
 * @param promptTokens prompt tokens used
 * @param completionTokens completion tokens used
 * @param createdAt when
 */
public record MessageView(
        String id,
        String conversationId,
        int position,
        String role,
        String content,
        JsonArray citations,
        String status,
        String promptTemplate,
        Integer promptVersion,
        String providerConfigId,
        String model,
        long promptTokens,
        long completionTokens,
        OffsetDateTime createdAt) {}
