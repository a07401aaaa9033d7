package com.gridvault.ai.assistant.context;

import com.gridvault.ai.router.CallContext;
import com.gridvault.plugin.api.ai.ChatMessage;
import java.util.List;

/** Condenses conversation turns that no longer fit into one paragraph. */
@FunctionalInterface
public interface Summarizer {

    /**
     * Summarizes messages.
     *
     * @param ctx the calling organization and user (the summary is billed to them)
     * @param messages the dropped messages, oldest first
     * @param maxTokens the most tokens the summary may take
     * @return the summary paragraph
     * @throws com.gridvault.ai.router.AiRouterException when the summary call fails; the window then
     *     goes on without a summary
     */
    String summarize(CallContext ctx, List<ChatMessage> messages, int maxTokens);
}
