package com.gridvault.ai.assistant;

import com.gridvault.plugin.api.ai.ChatDelta;
import com.gridvault.plugin.api.ai.ChatResponse;
import com.gridvault.plugin.api.ai.ChatStream;
import com.gridvault.plugin.api.ai.ChatStreamListener;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A {@link ChatStream} the test drives: emit deltas, complete, or wait to be cancelled. */
public final class ManualStream implements ChatStream {

    private final ChatStreamListener listener;
    private final CompletableFuture<ChatResponse> result = new CompletableFuture<>();
    private final CountDownLatch cancelled = new CountDownLatch(1);

    public ManualStream(ChatStreamListener listener) {
        this.listener = listener;
    }

    public ManualStream emit(String text) {
        listener.onDelta(ChatDelta.text(text));
        return this;
    }

    public ManualStream complete(String text) {
        result.complete(ScriptedConnection.answer(text));
        return this;
    }

    public boolean awaitCancelled() throws InterruptedException {
        return cancelled.await(5, TimeUnit.SECONDS);
    }

    @Override
    public void cancel() {
        if (!result.isDone()) {
            cancelled.countDown();
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
