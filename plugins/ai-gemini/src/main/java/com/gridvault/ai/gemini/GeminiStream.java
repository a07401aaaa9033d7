package com.gridvault.ai.gemini;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gridvault.plugin.api.ai.AiProviderException;
import com.gridvault.plugin.api.ai.ChatDelta;
import com.gridvault.plugin.api.ai.ChatResponse;
import com.gridvault.plugin.api.ai.ChatStream;
import com.gridvault.plugin.api.ai.ChatStreamListener;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * One streamed {@code streamGenerateContent?alt=sse} answer: reads the Server-Sent Events body line
 * by line, passes each chunk's new parts to the listener and completes {@link #result()} when the
 * server closes the body. Gemini sends no end sentinel, so an answer is complete only if a chunk
 * carried a finish reason; a body that ends without one was cut off. Ends exactly once: by the end
 * of the body, a failure, the read timeout or {@link #cancel()}; all but a normal end cancel the
 * HTTP exchange, closing the connection.
 */
final class GeminiStream implements ChatStream, Flow.Subscriber<String> {

    private final ChatStreamListener listener;
    private final GeminiConfig config;
    private final ObjectMapper json;
    private final GeminiErrors errors;
    private final ScheduledExecutorService timer;
    private final Consumer<GeminiStream> onEnd;
    private final GeminiAssembler assembler = new GeminiAssembler();
    private final StringBuilder data = new StringBuilder();
    private final CompletableFuture<ChatResponse> result = new CompletableFuture<>();
    private final AtomicBoolean ended = new AtomicBoolean();
    private volatile Flow.Subscription subscription;
    private volatile CompletableFuture<HttpResponse<String>> exchange;
    private volatile ScheduledFuture<?> watchdog;
    private volatile long lastActivity = System.nanoTime();

    GeminiStream(
            ChatStreamListener listener,
            GeminiConfig config,
            ObjectMapper json,
            GeminiErrors errors,
            ScheduledExecutorService timer,
            Consumer<GeminiStream> onEnd) {
        this.listener = listener;
        this.config = config;
        this.json = json;
        this.errors = errors;
        this.timer = timer;
        this.onEnd = onEnd;
    }

    HttpResponse.BodyHandler<String> bodyHandler() {
        return info -> info.statusCode() / 100 == 2
                ? HttpResponse.BodySubscribers.fromLineSubscriber(this, s -> "", UTF_8, null)
                : HttpResponse.BodySubscribers.ofString(UTF_8);
    }

    void start(CompletableFuture<HttpResponse<String>> running) {
        this.exchange = running;
        running.whenComplete((response, failure) -> {
            if (failure != null) {
                fail(GeminiErrors.fromIo(unwrap(failure), config));
            } else if (response.statusCode() / 100 != 2) {
                fail(errors.fromResponse(response.statusCode(), response.headers(), response.body()));
            }
        });
        armWatchdog(config.readTimeout().toNanos());
        if (ended.get()) {
            running.cancel(true);
        }
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (ended.get()) {
            s.cancel();
        } else {
            s.request(1);
        }
    }

    @Override
    public void onNext(String line) {
        lastActivity = System.nanoTime();
        if (!ended.get()) {
            try {
                line(line);
            } catch (RuntimeException e) {
                // a provider error, or the listener threw because the caller no longer wants the answer
                fail(e);
            }
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable failure) {
        fail(GeminiErrors.fromIo(unwrap(failure), config));
    }

    @Override
    public void onComplete() {
        if (ended.get()) {
            return;
        }
        try {
            event();
        } catch (RuntimeException e) {
            fail(e);
            return;
        }
        if (!assembler.finished()) {
            fail(new AiProviderException(
                    AiProviderException.Kind.UNAVAILABLE,
                    "Gemini at " + config.baseUrl()
                            + " closed the stream before a chunk with a finish reason; the answer is incomplete",
                    null));
            return;
        }
        ChatResponse response;
        try {
            response = assembler.build();
        } catch (RuntimeException e) {
            fail(e);
            return;
        }
        if (ended.compareAndSet(false, true)) {
            finish();
            result.complete(response);
        }
    }

    @Override
    public void cancel() {
        end(() -> result.completeExceptionally(new CancellationException("Stream cancelled by the caller")));
    }

    @Override
    public boolean isDone() {
        return ended.get();
    }

    @Override
    public CompletionStage<ChatResponse> result() {
        return result.copy();
    }

    private void line(String line) {
        if (line.isEmpty()) {
            event();
        } else if (line.startsWith("data:")) {
            if (data.length() > 0) {
                data.append('\n');
            }
            data.append(line, line.startsWith("data: ") ? 6 : 5, line.length());
        }
        // comments and other fields carry nothing
    }

    private void event() {
        String payload = data.toString().trim();
        data.setLength(0);
        if (payload.isEmpty()) {
            return;
        }
        JsonNode chunk;
        try {
            chunk = json.readTree(payload);
        } catch (IOException e) {
            throw new AiProviderException(
                    AiProviderException.Kind.UNAVAILABLE, "Gemini streamed a chunk that is not JSON", e);
        }
        if (chunk.has("error")) {
            throw GeminiErrors.fromStreamError(chunk.path("error"));
        }
        ChatDelta delta = assembler.accept(chunk);
        if (delta != null) {
            listener.onDelta(delta);
        }
    }

    private void fail(Throwable failure) {
        end(() -> result.completeExceptionally(failure));
    }

    private void end(Runnable outcome) {
        if (!ended.compareAndSet(false, true)) {
            return;
        }
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
        CompletableFuture<HttpResponse<String>> running = exchange;
        if (running != null) {
            running.cancel(true);
        }
        finish();
        outcome.run();
    }

    private void finish() {
        ScheduledFuture<?> w = watchdog;
        if (w != null) {
            w.cancel(false);
        }
        onEnd.accept(this);
    }

    private void armWatchdog(long delayNanos) {
        if (ended.get()) {
            return;
        }
        watchdog = timer.schedule(
                () -> {
                    long idle = System.nanoTime() - lastActivity;
                    long limit = config.readTimeout().toNanos();
                    if (idle >= limit) {
                        fail(GeminiErrors.timeout(config));
                    } else {
                        armWatchdog(limit - idle);
                    }
                },
                delayNanos,
                TimeUnit.NANOSECONDS);
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while (t instanceof CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
