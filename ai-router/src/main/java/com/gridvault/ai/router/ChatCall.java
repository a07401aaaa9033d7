package com.gridvault.ai.router;

import com.gridvault.plugin.api.ai.AiConnection;
import com.gridvault.plugin.api.ai.ChatRequest;
import com.gridvault.plugin.api.ai.ChatResponse;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A blocking chat call bounded by the router's call timeout. */
final class ChatCall implements AttemptCall {

    private final ExecutorService executor;
    private final Duration timeout;

    ChatCall(ExecutorService executor, Duration timeout) {
        this.executor = executor;
        this.timeout = timeout;
    }

    @Override
    public ChatResponse call(AiConnection connection, ChatRequest request, ProviderRoute route) {
        Future<ChatResponse> answer = executor.submit(() -> connection.chat(request));
        try {
            return answer.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw Failures.timeout(route, timeout, false);
        } catch (ExecutionException e) {
            throw Failures.asProviderFailure(e.getCause(), route);
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            throw new CancellationException("The AI call was interrupted");
        }
    }

    @Override
    public boolean committed() {
        return false;
    }
}
