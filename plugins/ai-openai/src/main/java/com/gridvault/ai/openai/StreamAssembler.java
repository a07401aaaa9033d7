package com.gridvault.ai.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.gridvault.plugin.api.ai.AiProviderException;
import com.gridvault.plugin.api.ai.ChatDelta;
import com.gridvault.plugin.api.ai.ChatMessage;
import com.gridvault.plugin.api.ai.ChatResponse;
import com.gridvault.plugin.api.ai.TokenUsage;
import com.gridvault.plugin.api.ai.ToolCall;
import com.gridvault.plugin.api.ai.ToolCallDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Accumulates the chunks of a streamed Chat Completion (the first choice's {@code delta.content}
 * and {@code delta.tool_calls}, the finish reason and the final usage) into a {@link ChatResponse}.
 * Not thread-safe; a stream feeds it from one thread at a time.
 */
final class StreamAssembler {

    private final StringBuilder content = new StringBuilder();
    private final Map<Integer, PartialCall> calls = new TreeMap<>();
    private String model = "";
    private String finishReason;
    private TokenUsage usage = TokenUsage.UNKNOWN;

    /**
     * Takes one chunk.
     *
     * @return the delta to pass on, or null when the chunk carries no content or tool call
     */
    ChatDelta accept(JsonNode chunk) {
        if (chunk.hasNonNull("model") && !chunk.get("model").asText().isEmpty()) {
            model = chunk.get("model").asText();
        }
        if (chunk.hasNonNull("usage")) {
            usage = ChatJson.usage(chunk.get("usage"));
        }
        JsonNode choice = chunk.path("choices").path(0);
        if (choice.isMissingNode()) {
            return null;
        }
        if (choice.hasNonNull("finish_reason")) {
            finishReason = choice.get("finish_reason").asText();
        }
        JsonNode delta = choice.path("delta");
        String text = delta.path("content").asText("");
        content.append(text);
        List<ToolCallDelta> toolDeltas = new ArrayList<>();
        for (JsonNode call : delta.path("tool_calls")) {
            ToolCallDelta d = new ToolCallDelta(
                    call.path("index").asInt(calls.size()),
                    call.path("id").asText(null),
                    call.path("function").path("name").asText(null),
                    call.path("function").path("arguments").asText(""));
            calls.computeIfAbsent(d.index(), i -> new PartialCall()).add(d);
            toolDeltas.add(d);
        }
        return text.isEmpty() && toolDeltas.isEmpty() ? null : new ChatDelta(text, toolDeltas);
    }

    /**
     * Builds the answer once the stream is complete.
     *
     * @throws AiProviderException CONTENT_FILTERED when the provider filtered the answer
     */
    ChatResponse build() {
        if ("content_filter".equals(finishReason)) {
            throw ErrorMapper.contentFiltered();
        }
        List<ToolCall> toolCalls = new ArrayList<>();
        calls.forEach((index, call) -> toolCalls.add(call.build(index)));
        return new ChatResponse(
                model,
                ChatMessage.assistant(content.toString(), toolCalls),
                ChatJson.finishReason(finishReason),
                usage);
    }

    private static final class PartialCall {
        private String id;
        private String name;
        private final StringBuilder arguments = new StringBuilder();

        void add(ToolCallDelta delta) {
            if (delta.id() != null && id == null) {
                id = delta.id();
            }
            if (delta.name() != null && name == null) {
                name = delta.name();
            }
            arguments.append(delta.argumentsFragment());
        }

        ToolCall build(int index) {
            if (name == null) {
                throw new AiProviderException(
                        AiProviderException.Kind.UNAVAILABLE,
                        "AI provider streamed tool call " + index + " without a function name",
                        null);
            }
            return new ToolCall(id == null ? "call_" + index : id, name, arguments.toString());
        }
    }
}
