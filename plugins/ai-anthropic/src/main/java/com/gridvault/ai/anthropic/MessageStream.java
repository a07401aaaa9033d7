package com.gridvault.ai.anthropic;

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
 * One streamed Messages API answer: reads the Server-Sent Events body line by line, passes deltas to
 * the listener and completes {@link #result()} at {@code message_stop}. Ends exactly once: by
 * {@code message_stop}, a failure (including a body that ends before {@code message_stop}), the read
 * timeout or {@link #cancel()}; all but the first cancel the HTTP exchange, closing the connection.
 */
final class MessageStream implements ChatStream, Flow.Subscriber<String> {

    private final ChatStreamListener listener;
    private final AnthropicConfig config;
    private final ObjectMapper json;
    private final AnthropicErrors errors;
    private final ScheduledExecutorService timer;
    private final Consumer<MessageStream> onEnd;
    private final MessageAssembler assembler;
    private final StringBuilder data = new StringBuilder();
    private final CompletableFuture<ChatResponse> result = new CompletableFuture<>();
    private final AtomicBoolean ended = new AtomicBoolean();
    private volatile Flow.Subscription subscription;
    private volatile CompletableFuture<HttpResponse<String>> exchange;
    private volatile ScheduledFuture<?> watchdog;
    private volatile long lastActivity = System.nanoTime();

    MessageStream(
            ChatStreamListener listener,
            String structuredTool,
            AnthropicConfig config,
            ObjectMapper json,
            AnthropicErrors errors,
            ScheduledExecutorService timer,
            Consumer<MessageStream> onEnd) {
        this.listener = listener;
        this.assembler = new MessageAssembler(structuredTool);
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
                fail(AnthropicErrors.fromIo(unwrap(failure), config));
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
        // keep reading after message_stop so the body completes and the connection can be reused
        subscription.request(1);
    }

    @Override
    public void onError(Throwable failure) {
        fail(AnthropicErrors.fromIo(unwrap(failure), config));
    }

    @Override
    public void onComplete() {
        if (!ended.get() && data.length() > 0) {
            try {
                event();
            } catch (RuntimeException e) {
                fail(e);
            }
        }
        fail(new AiProviderException(
                AiProviderException.Kind.UNAVAILABLE,
                "Anthropic at " + config.baseUrl() + " closed the stream before message_stop; the answer is incomplete",
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
        // "event:" repeats the data's "type"; comments and other fields carry nothing
    }

    private void event() {
        String payload = data.toString().trim();
        data.setLength(0);
        if (payload.isEmpty()) {
            return;
        }
        JsonNode event;
        try {
            event = json.readTree(payload);
        } catch (IOException e) {
            throw new AiProviderException(
                    AiProviderException.Kind.UNAVAILABLE, "Anthropic streamed an event that is not JSON", e);
        }
        if ("error".equals(event.path("type").asText())) {
            throw AnthropicErrors.fromStreamError(event);
        }
        ChatDelta delta = assembler.accept(event);
        if (delta != null) {
            listener.onDelta(delta);
        }
        if (assembler.stopped()) {
            ChatResponse response = assembler.build();
            if (ended.compareAndSet(false, true)) {
                finish();
                result.complete(response);
            }
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
                        fail(AnthropicErrors.timeout(config));
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
