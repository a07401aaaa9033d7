package com.gridvault.ai.router;

import java.util.concurrent.CompletionStage;

/** A running routed stream, returned by {@link AiRouter#stream}. */
public interface RoutedStream {

    /**
     * Stops the call: the running upstream stream is cancelled (its connection closed), a pending
     * retry wait ends, no further delta reaches the listener and {@link #result()} fails with a
     * {@link java.util.concurrent.CancellationException} (which {@code get()} of a future derived
     * from the stage reports as the cause of an {@code ExecutionException}). Does nothing once the
     * stream has ended.
     */
    void cancel();

    /**
     * Tells whether the stream has ended.
     *
     * @return true after success, failure or cancellation
     */
    boolean isDone();

    /**
     * Returns the outcome: the answer with its route and attempts, or a {@link RoutingFailedException}
     * / {@link NoProviderConfiguredException}, or the listener's own exception when it threw.
     *
     * @return the outcome
     */
    CompletionStage<RoutedResponse> result();
}
