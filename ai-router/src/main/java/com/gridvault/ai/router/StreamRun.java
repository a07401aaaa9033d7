package com.gridvault.ai.router;

import com.gridvault.plugin.api.ai.AiConnection;
import com.gridvault.plugin.api.ai.ChatDelta;
import com.gridvault.plugin.api.ai.ChatRequest;
import com.gridvault.plugin.api.ai.ChatResponse;
import com.gridvault.plugin.api.ai.ChatStream;
import com.gridvault.plugin.api.ai.ChatStreamListener;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A routed stream: the chain runs on a worker thread, each attempt streams from one route, and the
 * first delta that reaches the caller's listener commits the stream to that route.
 */
final class StreamRun implements RoutedStream, AttemptCall {

    private final ChatStreamListener listener;
    private final Duration firstDeltaTimeout;
    private final CompletableFuture<RoutedResponse> result = new CompletableFuture<>();
    private final Object lock = new Object();
    private volatile boolean cancelled;
    private volatile boolean committed;
    private ChatStream upstream;
    private Future<?> worker;

    StreamRun(ChatStreamListener listener, Duration firstDeltaTimeout) {
        this.listener = listener;
        this.firstDeltaTimeout = firstDeltaTimeout;
    }

    void start(ExecutorService executor, Supplier<RoutedResponse> chain) {
        Future<?> running = executor.submit(() -> {
            try {
                result.complete(chain.get());
            } catch (ListenerFailure e) {
                result.completeExceptionally(e.getCause());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        synchronized (lock) {
            worker = running;
            if (cancelled) {
                running.cancel(true);
            }
        }
    }

    @Override
    public void cancel() {
        synchronized (lock) {
            if (result.isDone()) {
                return;
            }
            cancelled = true;
            if (upstream != null) {
                upstream.cancel();
            }
            if (worker != null) {
                worker.cancel(true);
            }
        }
        result.completeExceptionally(new CancellationException("The caller cancelled the AI stream"));
    }

    @Override
    public boolean isDone() {
        return result.isDone();
    }

    @Override
    public CompletionStage<RoutedResponse> result() {
        return result.minimalCompletionStage();
    }

    @Override
    public boolean committed() {
        return committed;
    }

    @Override
    public ChatResponse call(AiConnection connection, ChatRequest request, ProviderRoute route) {
        if (cancelled) {
            throw new CancellationException("The caller cancelled the AI stream");
        }
        Gate gate = new Gate();
        ChatStream stream = connection.stream(request, gate::deliver);
        synchronized (lock) {
            upstream = stream;
            if (cancelled) {
                stream.cancel();
            }
        }
        CompletableFuture<ChatResponse> done = stream.result().toCompletableFuture();
        done.whenComplete((answer, failure) -> gate.first.countDown());
        try {
            if (!gate.awaitFirst(firstDeltaTimeout)) {
                stream.cancel();
                throw Failures.timeout(route, firstDeltaTimeout, true);
            }
            return done.get();
        } catch (InterruptedException e) {
            stream.cancel();
            Thread.currentThread().interrupt();
            throw new CancellationException("The AI stream was cancelled");
        } catch (CancellationException e) {
            if (gate.listenerFailure != null) {
                throw new ListenerFailure(gate.listenerFailure);
            }
            throw e;
        } catch (ExecutionException e) {
            if (gate.listenerFailure != null) {
                throw new ListenerFailure(gate.listenerFailure);
            }
            if (e.getCause() instanceof CancellationException c) {
                throw c;
            }
            throw Failures.asProviderFailure(e.getCause(), route);
        } finally {
            synchronized (lock) {
                upstream = null;
            }
        }
    }

    /**
     * Lets one attempt's deltas through to the caller, unless the attempt was abandoned (timed out
     * before its first delta) or the caller cancelled.
     */
    private final class Gate {
        final CountDownLatch first = new CountDownLatch(1);
        private boolean delivered;
        private boolean abandoned;
        volatile RuntimeException listenerFailure;

        void deliver(ChatDelta delta) {
            synchronized (this) {
                if (abandoned || cancelled) {
                    return;
                }
                delivered = true;
            }
            committed = true;
            first.countDown();
            try {
                listener.onDelta(delta);
            } catch (RuntimeException e) {
                listenerFailure = e;
                throw e;
            }
        }

        /** Waits for the first delta or the end; false when neither came in time. */
        boolean awaitFirst(Duration timeout) throws InterruptedException {
            if (first.await(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
                return true;
            }
            synchronized (this) {
                abandoned = !delivered;
                return delivered;
            }
        }
    }

    /** Carries the caller's listener's own exception out of the chain, unchanged. */
    static final class ListenerFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ListenerFailure(RuntimeException cause) {
            super(cause);
        }
    }
}
