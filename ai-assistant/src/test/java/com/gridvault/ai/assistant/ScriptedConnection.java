package com.gridvault.ai.assistant;

import com.gridvault.plugin.api.ai.AiConnection;
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
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * An {@link AiConnection} that answers from a script, one step per call, and records every request.
 * Running out of script fails the call, so a test notices an unexpected extra call.
 */
public final class ScriptedConnection implements AiConnection {

    private final Deque<Function<ChatRequest, ChatResponse>> chatSteps = new ArrayDeque<>();
    private final Deque<BiFunction<ChatRequest, ChatStreamListener, ChatStream>> streamSteps = new ArrayDeque<>();
    private final List<ChatRequest> requests = new CopyOnWriteArrayList<>();

    public ScriptedConnection thenAnswer(String text) {
        chatSteps.add(request -> answer(text));
        return this;
    }

    public ScriptedConnection thenStream(BiFunction<ChatRequest, ChatStreamListener, ChatStream> step) {
        streamSteps.add(step);
        return this;
    }

    public List<ChatRequest> requests() {
        return new ArrayList<>(requests);
    }

    public int calls() {
        return requests.size();
    }

    public static ChatResponse answer(String text) {
        return new ChatResponse(
                "model-of-test", ChatMessage.assistant(text), FinishReason.STOP, new TokenUsage(100, 20));
    }

    @Override
    public synchronized ChatResponse chat(ChatRequest request) {
        requests.add(request);
        if (chatSteps.isEmpty()) {
            throw new IllegalStateException("Unexpected chat call: the script is empty");
        }
        return chatSteps.pollFirst().apply(request);
    }

    @Override
    public synchronized ChatStream stream(ChatRequest request, ChatStreamListener listener) {
        requests.add(request);
        if (streamSteps.isEmpty()) {
            throw new IllegalStateException("Unexpected stream call: the script is empty");
        }
        return streamSteps.pollFirst().apply(request, listener);
    }

    @Override
    public List<ModelInfo> models() {
        return List.of();
    }

    @Override
    public HealthStatus health() {
        return HealthStatus.up(Duration.ZERO, "scripted");
    }

    @Override
    public void close() {}
}
