/**
 * Fitting a conversation into a model's context window: {@link
 * com.gridvault.ai.assistant.context.TokenCounter token counts}, trimming of the oldest turns and
 * their replacement by a {@link com.gridvault.ai.assistant.context.Summarizer summary}.
 */
package com.gridvault.ai.assistant.context;
