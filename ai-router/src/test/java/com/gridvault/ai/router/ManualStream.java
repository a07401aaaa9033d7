package com.gridvault.ai.router;

import com.gridvault.plugin.api.ai.ChatDelta;
import com.gridvault.plugin.api.ai.ChatResponse;
import com.gridvault.plugin.api.ai.ChatStream;
import com.gridvault.plugin.api.ai.ChatStreamListener;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/** A {@link ChatStream} the test drives by hand: emit deltas, then complete, fail or wait. */
final class ManualStream implements ChatStream {

    private final ChatStreamListener listener;
    private final CompletableFuture<ChatResponse> result = new CompletableFuture<>();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final CountDownLatch cancelledLatch = new CountDownLatch(1);

    ManualStream(ChatStreamListener listener) {
        this.listener = listener;
    }

    ManualStream emit(String text) {
        try {
            listener.onDelta(ChatDelta.text(text));
        } catch (RuntimeException e) {
            // As the AiConnection contract says: the stream stops and fails with the listener's exception.
            cancelled.set(true);
            result.completeExceptionally(e);
        }
        return this;
    }

    ManualStream complete(ChatResponse response) {
        result.complete(response);
        return this;
    }

    ManualStream fail(Throwable failure) {
        result.completeExceptionally(failure);
        return this;
    }

    boolean wasCancelled() {
        return cancelled.get();
    }

    /** Waits until {@link #cancel()} was called; the router may cancel from another thread. */
    boolean awaitCancelled() throws InterruptedException {
        return cancelledLatch.await(5, TimeUnit.SECONDS);
    }

    @Override
    public void cancel() {
        if (!result.isDone()) {
            cancelled.set(true);
            cancelledLatch.countDown();
            result.completeExceptionally(new CancellationException("cancelled"));
        }
    }

    @Override
    public boolean isDone() {
        return result.isDone();
    }

    @Override
    public CompletionStage<ChatResponse> result() {
        return result;
    }
}
