package com.gridvault.ai.assistant.rag;

import java.util.concurrent.CompletionStage;

/** A streamed answer in progress, returned by {@link RagAnswerer#answerStreaming}. */
public interface StreamingAnswer {

    /**
     * Stops the answer: the upstream model call is cancelled and {@link #result()} fails with a
     * {@link java.util.concurrent.CancellationException}. Does nothing once the answer has ended.
     */
    void cancel();

    /**
     * Tells whether the answer has ended.
     *
     * @return true after success, failure or cancellation
     */
    boolean isDone();

    /**
     * Returns the complete answer with its citations, or the failure (the router's exceptions, or a
     * {@link java.util.concurrent.CancellationException}).
     *
     * @return the outcome
     */
    CompletionStage<Answer> result();
}
