package com.gridvault.ai.openai;

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
 * One streamed Chat Completion: receives the Server-Sent Events body line by line from the HTTP
 * client, passes deltas to the listener and completes {@link #result()} at {@code data: [DONE]}.
 *
 * <p>The stream ends exactly once, by {@code [DONE]}, by a failure, by the read timeout (no line for
 * that long) or by {@link #cancel()}; ending it otherwise than by {@code [DONE]} cancels the HTTP
 * exchange, which closes the connection. A body that ends before {@code [DONE]} is a failure, so a
 * truncated answer never passes for a complete one.
 */
final class SseChatStream implements ChatStream, Flow.Subscriber<String> {

    private static final String DONE = "[DONE]";

    private final ChatStreamListener listener;
    private final EndpointConfig config;
    private final ObjectMapper json;
    private final ErrorMapper errors;
    private final ScheduledExecutorService timer;
    private final Consumer<SseChatStream> onEnd;
    private final StreamAssembler assembler = new StreamAssembler();
    private final StringBuilder data = new StringBuilder();
    private final CompletableFuture<ChatResponse> result = new CompletableFuture<>();
    private final AtomicBoolean ended = new AtomicBoolean();
    private volatile Flow.Subscription subscription;
    private volatile CompletableFuture<HttpResponse<String>> exchange;
    private volatile ScheduledFuture<?> watchdog;
    private volatile long lastActivity = System.nanoTime();

    SseChatStream(
            ChatStreamListener listener,
            EndpointConfig config,
            ObjectMapper json,
            ErrorMapper errors,
            ScheduledExecutorService timer,
            Consumer<SseChatStream> onEnd) {
        this.listener = listener;
        this.config = config;
        this.json = json;
        this.errors = errors;
        this.timer = timer;
        this.onEnd = onEnd;
    }

    /** Picks the body handling by status: SSE lines for 2xx, the whole error body otherwise. */
    HttpResponse.BodyHandler<String> bodyHandler() {
        return info -> info.statusCode() / 100 == 2
                ? HttpResponse.BodySubscribers.fromLineSubscriber(this, s -> "", UTF_8, null)
                : HttpResponse.BodySubscribers.ofString(UTF_8);
    }

    /** Attaches the running exchange and arms the read timeout. */
    void start(CompletableFuture<HttpResponse<String>> running) {
        this.exchange = running;
        running.whenComplete((response, failure) -> {
            if (failure != null) {
                fail(ErrorMapper.fromIo(unwrap(failure), config));
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
        if (ended.get()) {
            return;
        }
        try {
            line(line);
        } catch (RuntimeException e) {
            // a provider error, or the listener threw because the caller no longer wants the answer
            fail(e);
        }
        // keep reading after [DONE] so the body completes and the connection can be reused; after a
        // failure or cancel the subscription is cancelled and further requests are ignored
        subscription.request(1);
    }

    @Override
    public void onError(Throwable failure) {
        fail(ErrorMapper.fromIo(unwrap(failure), config));
    }

    @Override
    public void onComplete() {
        if (!ended.get() && data.length() > 0) {
            try {
                event(); // a last event not followed by a blank line
            } catch (RuntimeException e) {
                fail(e);
            }
        }
        fail(new AiProviderException(
                AiProviderException.Kind.UNAVAILABLE,
                "AI provider at " + config.baseUrl() + " closed the stream before [DONE]; the answer is incomplete",
                null));
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
        // comments (":keep-alive") and other fields (event:, id:, retry:) carry nothing for us
    }

    private void event() {
        String payload = data.toString().trim();
        data.setLength(0);
        if (payload.isEmpty()) {
            return;
        }
        if (payload.equals(DONE)) {
            ChatResponse response = assembler.build();
            if (ended.compareAndSet(false, true)) {
                finish();
                result.complete(response);
            }
            return;
        }
        JsonNode chunk;
        try {
            chunk = json.readTree(payload);
        } catch (IOException e) {
            throw new AiProviderException(
                    AiProviderException.Kind.UNAVAILABLE, "AI provider streamed a chunk that is not JSON", e);
        }
        if (chunk.has("error")) {
            throw errors.fromStreamError(chunk);
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
                        fail(ErrorMapper.timeout(config));
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
