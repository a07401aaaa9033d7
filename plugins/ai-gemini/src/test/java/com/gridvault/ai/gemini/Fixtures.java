package com.gridvault.ai.gemini;

import com.gridvault.plugin.api.ai.AiConnection;
import com.gridvault.plugin.api.ai.AiProviderSettings;
import com.gridvault.plugin.api.ai.ChatMessage;
import com.gridvault.plugin.api.ai.ChatRequest;
import java.util.HashMap;
import java.util.Map;

/**
 * Shared test set-up: connections to a local WireMock and bodies in the documented Generative
 * Language API shapes (https://ai.google.dev/api/generate-content, .../api/models,
 * https://ai.google.dev/gemini-api/docs/troubleshooting for errors).
 */
final class Fixtures {

    static final String KEY = "AIza-test-0123456789";
    static final String MODEL = "gemini-2.5-flash";
    static final String GENERATE = "/v1beta/models/gemini-2.5-flash:generateContent";
    static final String STREAM = "/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse";

    private Fixtures() {}

    static AiConnection connect(String baseUrl, String... extraPairs) {
        Map<String, String> values = new HashMap<>(
                Map.of("base-url", baseUrl, "model", MODEL, "connect-timeout", "PT2S", "read-timeout", "PT2S"));
        for (int i = 0; i < extraPairs.length; i += 2) {
            values.put(extraPairs[i], extraPairs[i + 1]);
        }
        return provider().connect(AiProviderSettings.of(values, Map.of("api-key", KEY)));
    }

    static GeminiProvider provider() {
        return new GeminiProvider(System.getLogger("test.ai-gemini"));
    }

    static ChatRequest hello() {
        return ChatRequest.builder().message(ChatMessage.user("Hello")).build();
    }

    /** A whole GenerateContentResponse with one candidate. */
    static String response(String parts, String finishReason) {
        return """
                {"candidates":[{"content":{"role":"model","parts":[%s]},"finishReason":"%s","index":0}],
                 "usageMetadata":{"promptTokenCount":12,"candidatesTokenCount":6,"totalTokenCount":18},
                 "modelVersion":"gemini-2.5-flash-001"}
                """
                .formatted(parts, finishReason);
    }

    /** A stream chunk carrying text, without finish reason or usage. */
    static String textChunk(String text) {
        return "{\"candidates\":[{\"content\":{\"role\":\"model\",\"parts\":[{\"text\":\"" + text
                + "\"}]},\"index\":0}],\"modelVersion\":\"gemini-2.5-flash-001\"}";
    }

    /** The last stream chunk: final text, finish reason and usage. */
    static String lastChunk(String text, String finishReason, int prompt, int candidates) {
        return "{\"candidates\":[{\"content\":{\"role\":\"model\",\"parts\":[{\"text\":\"" + text
                + "\"}]},\"finishReason\":\"" + finishReason
                + "\",\"index\":0}],\"usageMetadata\":{\"promptTokenCount\":"
                + prompt + ",\"candidatesTokenCount\":" + candidates + ",\"totalTokenCount\":" + (prompt + candidates)
                + "},\"modelVersion\":\"gemini-2.5-flash-001\"}";
    }

    /** An SSE body of {@code data:} lines, as Gemini sends them with {@code alt=sse}. */
    static String sse(String... chunks) {
        StringBuilder body = new StringBuilder();
        for (String chunk : chunks) {
            body.append("data: ").append(chunk).append("\r\n\r\n");
        }
        return body.toString();
    }

    /** Google's error body. */
    static String error(int code, String status, String message, String details) {
        return "{\"error\":{\"code\":" + code + ",\"message\":\"" + message + "\",\"status\":\"" + status
                + "\",\"details\":[" + details + "]}}";
    }
}
