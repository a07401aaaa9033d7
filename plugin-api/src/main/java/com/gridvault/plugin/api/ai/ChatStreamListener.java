package com.gridvault.plugin.api.ai;

/** Receives the deltas of a streamed chat completion, see {@link AiConnection#stream}. */
@FunctionalInterface
public interface ChatStreamListener {

    /**
     * Receives the next piece of the answer. Calls never overlap.
     *
     * @param delta the next piece
     */
    void onDelta(ChatDelta delta);
}
