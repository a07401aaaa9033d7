package com.gridvault.plugin.api.ai;

import java.util.List;

/**
 * One piece of a streamed answer: new text, or fragments of tool calls. Concatenating the content of
 * all deltas gives the answer's text; the complete tool calls are in the final {@link ChatResponse}.
 *
 * @param content new text, empty when the piece carries none
 * @param toolCalls fragments of tool calls, empty when the piece carries none
 */
public record ChatDelta(String content, List<ToolCallDelta> toolCalls) {

    /** Normalizes nulls to empty values. */
    public ChatDelta {
        content = content == null ? "" : content;
        toolCalls = List.copyOf(toolCalls == null ? List.of() : toolCalls);
    }

    /**
     * Creates a text-only delta.
     *
     * @param content the new text
     * @return the delta
     */
    public static ChatDelta text(String content) {
        return new ChatDelta(content, List.of());
    }
}
