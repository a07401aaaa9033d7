package com.gridvault.plugin.api.ai;

import java.util.List;
import java.util.Objects;

/**
 * One message of a conversation.
 *
 * @param role who wrote it
 * @param content the text; may be empty for an assistant message that only calls tools
 * @param toolCalls the tools an assistant message calls; empty for other roles
 * @param toolCallId for a {@link ChatRole#TOOL} message, the id of the call it answers; else null
 */
public record ChatMessage(ChatRole role, String content, List<ToolCall> toolCalls, String toolCallId) {

    /** Validates the combination of role and fields. */
    public ChatMessage {
        Objects.requireNonNull(role, "role");
        content = content == null ? "" : content;
        toolCalls = List.copyOf(toolCalls == null ? List.of() : toolCalls);
        if (!toolCalls.isEmpty() && role != ChatRole.ASSISTANT) {
            throw new IllegalArgumentException("Only assistant messages carry tool calls");
        }
        if ((role == ChatRole.TOOL) != (toolCallId != null)) {
            throw new IllegalArgumentException(
                    "A tool message, and only a tool message, names the tool call it answers");
        }
    }

    /**
     * Creates a system message.
     *
     * @param content the instructions
     * @return the message
     */
    public static ChatMessage system(String content) {
        return new ChatMessage(ChatRole.SYSTEM, content, List.of(), null);
    }

    /**
     * Creates a user message.
     *
     * @param content the text
     * @return the message
     */
    public static ChatMessage user(String content) {
        return new ChatMessage(ChatRole.USER, content, List.of(), null);
    }

    /**
     * Creates an assistant message, typically an earlier answer replayed as history.
     *
     * @param content the text
     * @return the message
     */
    public static ChatMessage assistant(String content) {
        return new ChatMessage(ChatRole.ASSISTANT, content, List.of(), null);
    }

    /**
     * Creates an assistant message that calls tools.
     *
     * @param content the text, possibly empty
     * @param toolCalls the calls
     * @return the message
     */
    public static ChatMessage assistant(String content, List<ToolCall> toolCalls) {
        return new ChatMessage(ChatRole.ASSISTANT, content, toolCalls, null);
    }

    /**
     * Creates the message that returns a tool's result to the model.
     *
     * @param toolCallId the id of the call being answered
     * @param content the result, usually JSON
     * @return the message
     */
    public static ChatMessage tool(String toolCallId, String content) {
        return new ChatMessage(ChatRole.TOOL, content, List.of(), Objects.requireNonNull(toolCallId, "toolCallId"));
    }
}
