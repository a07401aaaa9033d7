package com.gridvault.ai.router;

import com.gridvault.plugin.api.ai.AiConnection;
import com.gridvault.plugin.api.ai.AiProviderException;
import com.gridvault.plugin.api.ai.AiProviderException.Kind;
import com.gridvault.plugin.api.ai.ChatMessage;
import com.gridvault.plugin.api.ai.ChatRequest;
import com.gridvault.plugin.api.ai.ChatResponse;
import com.gridvault.plugin.api.ai.ChatStream;
import com.gridvault.plugin.api.ai.ChatStreamListener;
import com.gridvault.plugin.api.ai.FinishReason;
import com.gridvault.plugin.api.ai.HealthStatus;
import com.gridvault.plugin.api.ai.ModelInfo;
import com.gridvault.plugin.api.ai.TokenUsage;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in {@link AiConnection} that plays a script, one step per call, and records the requests
 * it received. The last step repeats when the script runs out.
 */
final class ScriptedConnection implements AiConnection {

    /** One scripted reaction to a chat call. */
    @FunctionalInterface
    interface ChatStep {
        ChatResponse answer(ChatRequest request);
    }

    /** One scripted reaction to a stream call. */
    @FunctionalInterface
    interface StreamStep {
        ChatStream start(ChatRequest request, ChatStreamListener listener);
    }

    private final String name;
    private final Deque<ChatStep> chatSteps = new ArrayDeque<>();
    private final Deque<StreamStep> streamSteps = new ArrayDeque<>();
    private final List<ChatRequest> requests = new CopyOnWriteArrayList<>();

    ScriptedConnection(String name) {
        this.name = name;
    }

    ScriptedConnection then(ChatStep step) {
        chatSteps.add(step);
        return this;
    }

    ScriptedConnection thenAnswer(String text, long promptTokens, long completionTokens) {
        return then(request -> answer(text, promptTokens, completionTokens));
    }

    ScriptedConnection thenFail(Kind kind) {
        return then(request -> {
            throw failure(kind, null);
        });
    }

    ScriptedConnection thenRateLimited(Duration retryAfter) {
        return then(request -> {
            throw failure(Kind.RATE_LIMITED, retryAfter);
        });
    }

    ScriptedConnection thenStream(StreamStep step) {
        streamSteps.add(step);
        return this;
    }

    /** The number of chat and stream calls so far. */
    int calls() {
        return requests.size();
    }

    List<ChatRequest> requests() {
        return new ArrayList<>(requests);
    }

    static ChatResponse answer(String text, long promptTokens, long completionTokens) {
        return new ChatResponse(
                "model-of-test",
                ChatMessage.assistant(text),
                FinishReason.STOP,
                new TokenUsage(promptTokens, completionTokens));
    }

    static AiProviderException failure(Kind kind, Duration retryAfter) {
        return new AiProviderException(kind, "scripted " + kind + " failure", 0, retryAfter, null);
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        requests.add(request);
        return next(chatSteps).answer(request);
    }

    @Override
    public ChatStream stream(ChatRequest request, ChatStreamListener listener) {
        requests.add(request);
        return next(streamSteps).start(request, listener);
    }

    private static synchronized <T> T next(Deque<T> steps) {
        if (steps.isEmpty()) {
            throw new IllegalStateException("The script is empty");
        }
        return steps.size() == 1 ? steps.peekFirst() : steps.pollFirst();
    }

    @Override
    public List<ModelInfo> models() {
        return List.of();
    }

    @Override
    public HealthStatus health() {
        return HealthStatus.up(Duration.ZERO, name);
    }

    @Override
    public void close() {}
}
