package com.gridvault.plugin.api.ai;

import java.util.concurrent.CompletionStage;

/** A running streamed chat completion, returned by {@link AiConnection#stream}. */
public interface ChatStream {

    /**
     * Aborts the stream: the upstream request is cancelled and its connection closed, no further
     * delta reaches the listener and {@link #result()} completes with a {@link
     * java.util.concurrent.CancellationException}. Does nothing when the stream already ended.
     */
    void cancel();

    /**
     * Tells whether the stream has ended, by completion, failure or cancellation.
     *
     * @return true once ended
     */
    boolean isDone();

    /**
     * Returns the outcome: the assembled answer (all content, all tool calls, finish reason and
     * usage), or an {@link AiProviderException} when the provider failed or the stream ended before
     * the provider marked it complete. Cancelling the returned stage does not cancel the stream;
     * use {@link #cancel()}.
     *
     * @return the outcome
     */
    CompletionStage<ChatResponse> result();
}
