package com.gridvault.ai.gemini;

import com.fasterxml.jackson.databind.JsonNode;
import com.gridvault.plugin.api.ai.AiProviderException;
import com.gridvault.plugin.api.ai.ChatDelta;
import com.gridvault.plugin.api.ai.ChatMessage;
import com.gridvault.plugin.api.ai.ChatResponse;
import com.gridvault.plugin.api.ai.FinishReason;
import com.gridvault.plugin.api.ai.TokenUsage;
import com.gridvault.plugin.api.ai.ToolCall;
import com.gridvault.plugin.api.ai.ToolCallDelta;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a {@link ChatResponse} from {@code GenerateContentResponse}s: one for {@code
 * generateContent}, or the chunks of {@code streamGenerateContent}, each of which carries the next
 * parts of the first candidate and, in the last one, the finish reason and usage. Only the first
 * candidate is read (requests never ask for more). Not thread-safe; a stream feeds it from one
 * thread at a time.
 */
final class GeminiAssembler {

    private final StringBuilder text = new StringBuilder();
    private final List<ToolCall> toolCalls = new ArrayList<>();
    private String model = "";
    private String finishReason;
    private long promptTokens;
    private long completionTokens;

    /** Reads a complete (non-streamed) response. */
    static ChatResponse fromResponse(JsonNode response) {
        GeminiAssembler assembler = new GeminiAssembler();
        assembler.accept(response);
        if (!assembler.finished()) {
            throw new AiProviderException(
                    AiProviderException.Kind.UNAVAILABLE, "Gemini answered without a candidate or finish reason", null);
        }
        return assembler.build();
    }

    /**
     * Takes one response or stream chunk.
     *
     * @return the delta to pass on, or null when the chunk carries no text or function call
     * @throws AiProviderException CONTENT_FILTERED when Gemini blocked the prompt or the answer
     */
    ChatDelta accept(JsonNode chunk) {
        String blockReason = chunk.path("promptFeedback").path("blockReason").asText(null);
        if (blockReason != null) {
            throw GeminiErrors.filtered("prompt", blockReason);
        }
        model = chunk.path("modelVersion").asText(model);
        JsonNode usage = chunk.path("usageMetadata");
        if (!usage.isMissingNode()) {
            promptTokens = usage.path("promptTokenCount").asLong(promptTokens);
            // thinking tokens are generated (and billed) output too
            completionTokens = usage.path("candidatesTokenCount").asLong(0)
                    + usage.path("thoughtsTokenCount").asLong(0);
        }
        JsonNode candidate = chunk.path("candidates").path(0);
        StringBuilder newText = new StringBuilder();
        List<ToolCallDelta> newCalls = new ArrayList<>();
        for (JsonNode part : candidate.path("content").path("parts")) {
            if (part.path("thought").asBoolean(false)) {
                continue; // a thought summary is not part of the answer
            }
            if (part.has("text")) {
                newText.append(part.path("text").asText(""));
            } else if (part.has("functionCall")) {
                JsonNode call = part.path("functionCall");
                int index = toolCalls.size();
                ToolCall toolCall = new ToolCall(
                        call.path("id").asText("call_" + index),
                        call.path("name").asText(""),
                        call.path("args").isObject() ? call.path("args").toString() : "{}");
                toolCalls.add(toolCall);
                newCalls.add(new ToolCallDelta(index, toolCall.id(), toolCall.name(), toolCall.arguments()));
            }
        }
        text.append(newText);
        if (candidate.hasNonNull("finishReason")) {
            finishReason = candidate.path("finishReason").asText();
            if (GeminiErrors.isFiltered(finishReason)) {
                throw GeminiErrors.filtered("answer", finishReason);
            }
        }
        return newText.isEmpty() && newCalls.isEmpty() ? null : new ChatDelta(newText.toString(), newCalls);
    }

    /** Tells whether a chunk carried the finish reason, which marks a complete answer. */
    boolean finished() {
        return finishReason != null;
    }

    ChatResponse build() {
        return new ChatResponse(
                model,
                ChatMessage.assistant(text.toString(), toolCalls),
                finishReason(),
                new TokenUsage(promptTokens, completionTokens));
    }

    private FinishReason finishReason() {
        if (!toolCalls.isEmpty()) {
            return FinishReason.TOOL_CALLS; // Gemini reports STOP when it calls functions
        }
        if (finishReason == null) {
            return FinishReason.OTHER;
        }
        return switch (finishReason) {
            case "STOP" -> FinishReason.STOP;
            case "MAX_TOKENS" -> FinishReason.LENGTH;
            default -> FinishReason.OTHER;
        };
    }
}
