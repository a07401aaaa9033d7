package com.gridvault.ai.assistant.context;

import com.gridvault.plugin.api.ai.ChatMessage;
import java.util.List;

/**
 * A conversation cut to fit a window.
 *
 * @param messages the messages to send: the leading system messages, a summary when turns were
 *     dropped and a summarizer was available, the newest turns, and the current message
 * @param promptTokens the counted size of {@code messages}
 * @param keptHistory how many history messages were kept
 * @param droppedHistory how many history messages were dropped (oldest first)
 * @param summarized whether a summary of the dropped messages was inserted
 */
public record FittedConversation(
        List<ChatMessage> messages, int promptTokens, int keptHistory, int droppedHistory, boolean summarized) {

    /** Copies the messages. */
    public FittedConversation {
        messages = List.copyOf(messages);
    }
}
