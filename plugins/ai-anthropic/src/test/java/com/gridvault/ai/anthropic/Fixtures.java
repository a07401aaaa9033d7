package com.gridvault.ai.anthropic;

import com.gridvault.plugin.api.ai.AiConnection;
import com.gridvault.plugin.api.ai.AiProviderSettings;
import com.gridvault.plugin.api.ai.ChatMessage;
import com.gridvault.plugin.api.ai.ChatRequest;
import java.util.HashMap;
import java.util.Map;

/**
 * Shared test set-up: connections to a local WireMock and bodies in the documented Messages API
 * shapes (https://docs.anthropic.com/en/api/messages, .../messages-streaming).
 */
final class Fixtures {

    static final String KEY = "sk-ant-test-0123456789";

    private Fixtures() {}

    static AiConnection connect(String baseUrl, String... extraPairs) {
        Map<String, String> values = new HashMap<>(Map.of(
                "base-url", baseUrl, "model", "claude-sonnet-4-5", "connect-timeout", "PT2S", "read-timeout", "PT2S"));
        for (int i = 0; i < extraPairs.length; i += 2) {
            values.put(extraPairs[i], extraPairs[i + 1]);
        }
        return provider().connect(AiProviderSettings.of(values, Map.of("api-key", KEY)));
    }

    static AnthropicProvider provider() {
        return new AnthropicProvider(System.getLogger("test.ai-anthropic"));
    }

    static ChatRequest hello() {
        return ChatRequest.builder().message(ChatMessage.user("Hello")).build();
    }

    static String message(String contentBlocks, String stopReason) {
        return """
                {"id":"msg_01","type":"message","role":"assistant","model":"claude-sonnet-4-5-20250929",
                 "content":[%s],"stop_reason":"%s","stop_sequence":null,
                 "usage":{"input_tokens":12,"output_tokens":6}}
                """
                .formatted(contentBlocks, stopReason);
    }

    /** An SSE body of {@code event:}/{@code data:} pairs, as Anthropic sends them. */
    static String sse(String... events) {
        StringBuilder body = new StringBuilder();
        for (String event : events) {
            String type = event.replaceAll("(?s).*?\"type\"\\s*:\\s*\"([a-z_]+)\".*", "$1");
            body.append("event: ")
                    .append(type)
                    .append('\n')
                    .append("data: ")
                    .append(event)
                    .append("\n\n");
        }
        return body.toString();
    }

    static String messageStart(int inputTokens) {
        return "{\"type\":\"message_start\",\"message\":{\"id\":\"msg_1\",\"type\":\"message\",\"role\":\"assistant\","
                + "\"content\":[],\"model\":\"claude-sonnet-4-5-20250929\",\"stop_reason\":null,\"stop_sequence\":null,"
                + "\"usage\":{\"input_tokens\":" + inputTokens + ",\"output_tokens\":1}}}";
    }

    static String textStart(int index) {
        return "{\"type\":\"content_block_start\",\"index\":" + index
                + ",\"content_block\":{\"type\":\"text\",\"text\":\"\"}}";
    }

    static String textDelta(int index, String text) {
        return "{\"type\":\"content_block_delta\",\"index\":" + index
                + ",\"delta\":{\"type\":\"text_delta\",\"text\":\"" + text + "\"}}";
    }

    static String blockStop(int index) {
        return "{\"type\":\"content_block_stop\",\"index\":" + index + "}";
    }

    static String messageDelta(String stopReason, int outputTokens) {
        return "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"" + stopReason
                + "\",\"stop_sequence\":null},\"usage\":{\"output_tokens\":" + outputTokens + "}}";
    }

    static String messageStop() {
        return "{\"type\":\"message_stop\"}";
    }
}
