package com.gridvault.ai.openai;

import com.gridvault.plugin.api.ai.AiConnection;
import com.gridvault.plugin.api.ai.AiProviderSettings;
import com.gridvault.plugin.api.ai.ChatMessage;
import com.gridvault.plugin.api.ai.ChatRequest;
import java.util.HashMap;
import java.util.Map;

/** Shared test set-up: connections to a local WireMock and documented response bodies. */
final class Fixtures {

    static final String KEY = "sk-test-0123456789";

    private Fixtures() {}

    /** An OpenAI-variant connection to {@code baseUrl} with short test timeouts. */
    static AiConnection openAi(String baseUrl, String... extraPairs) {
        Map<String, String> values = new HashMap<>(Map.of(
                "base-url", baseUrl,
                "model", "gpt-4o-mini",
                "connect-timeout", "PT2S",
                "read-timeout", "PT2S"));
        for (int i = 0; i < extraPairs.length; i += 2) {
            values.put(extraPairs[i], extraPairs[i + 1]);
        }
        Map<String, String> secrets = values.containsKey("no-key") ? Map.of() : Map.of("api-key", KEY);
        values.remove("no-key");
        return provider().connect(AiProviderSettings.of(values, secrets));
    }

    static OpenAiCompatibleProvider provider() {
        return new OpenAiCompatibleProvider(System.getLogger("test.ai-openai"));
    }

    static ChatRequest hello() {
        return ChatRequest.builder().message(ChatMessage.user("Hello")).build();
    }

    /**
     * A non-streamed answer in the documented Chat Completions shape
     * (https://platform.openai.com/docs/api-reference/chat/object).
     */
    static String completion(String content, String finishReason) {
        return """
                {"id":"chatcmpl-1","object":"chat.completion","created":1741570283,"model":"gpt-4o-mini-2024-07-18",
                 "choices":[{"index":0,"message":{"role":"assistant","content":"%s","refusal":null},
                             "logprobs":null,"finish_reason":"%s"}],
                 "usage":{"prompt_tokens":19,"completion_tokens":10,"total_tokens":29}}
                """
                .formatted(content, finishReason);
    }

    /** An SSE body: each chunk as a {@code data:} event, then {@code data: [DONE]} when asked. */
    static String sse(boolean done, String... chunks) {
        StringBuilder body = new StringBuilder();
        for (String chunk : chunks) {
            body.append("data: ").append(chunk).append("\n\n");
        }
        if (done) {
            body.append("data: [DONE]\n\n");
        }
        return body.toString();
    }

    /** A streamed chunk carrying text (https://platform.openai.com/docs/api-reference/chat-streaming). */
    static String textChunk(String content) {
        return """
                {"id":"chatcmpl-2","object":"chat.completion.chunk","created":1,"model":"gpt-4o-mini-2024-07-18",\
                "choices":[{"index":0,"delta":{"content":"%s"},"finish_reason":null}]}"""
                .formatted(content);
    }

    static String finishChunk(String reason) {
        return """
                {"id":"chatcmpl-2","object":"chat.completion.chunk","created":1,"model":"gpt-4o-mini-2024-07-18",\
                "choices":[{"index":0,"delta":{},"finish_reason":"%s"}]}"""
                .formatted(reason);
    }

    /** The last chunk when {@code stream_options.include_usage} is set: no choices, only usage. */
    static String usageChunk(int prompt, int completion) {
        return """
                {"id":"chatcmpl-2","object":"chat.completion.chunk","created":1,"model":"gpt-4o-mini-2024-07-18",\
                "choices":[],"usage":{"prompt_tokens":%d,"completion_tokens":%d,"total_tokens":%d}}"""
                .formatted(prompt, completion, prompt + completion);
    }
}
