package com.gridvault.ai.openai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.gridvault.plugin.api.ai.AiProviderException;
import com.gridvault.plugin.api.ai.ChatMessage;
import com.gridvault.plugin.api.ai.ChatRequest;
import com.gridvault.plugin.api.ai.ChatResponse;
import com.gridvault.plugin.api.ai.FinishReason;
import com.gridvault.plugin.api.ai.ResponseFormat;
import com.gridvault.plugin.api.ai.TokenUsage;
import com.gridvault.plugin.api.ai.ToolCall;
import com.gridvault.plugin.api.ai.ToolDefinition;
import com.gridvault.plugin.api.validation.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Writes Chat Completions requests and reads their non-streamed responses. */
final class ChatJson {

    private final ObjectMapper json;

    ChatJson(ObjectMapper json) {
        this.json = json;
    }

    /**
     * Builds the request body.
     *
     * @param model the model to name, or null to leave it out (Azure picks it by deployment)
     */
    ObjectNode request(ChatRequest request, String model, boolean stream, boolean streamUsage) {
        ObjectNode body = json.createObjectNode();
        if (model != null) {
            body.put("model", model);
        }
        ArrayNode messages = body.putArray("messages");
        request.messages().forEach(m -> messages.add(message(m)));
        if (request.temperature() != null) {
            body.put("temperature", request.temperature());
        }
        if (request.maxTokens() != null) {
            body.put("max_tokens", request.maxTokens());
        }
        if (!request.tools().isEmpty()) {
            ArrayNode tools = body.putArray("tools");
            for (int i = 0; i < request.tools().size(); i++) {
                tools.add(tool(request.tools().get(i), i));
            }
        }
        responseFormat(request.responseFormat(), body);
        if (stream) {
            body.put("stream", true);
            if (streamUsage) {
                body.putObject("stream_options").put("include_usage", true);
            }
        }
        return body;
    }

    /**
     * Reads a complete response.
     *
     * @throws com.gridvault.plugin.api.ai.AiProviderException of kind CONTENT_FILTERED when the
     *     provider filtered the answer, UNAVAILABLE when the response has no choice
     */
    ChatResponse response(JsonNode body) {
        JsonNode choice = body.path("choices").path(0);
        if (choice.isMissingNode()) {
            throw new AiProviderException(
                    AiProviderException.Kind.UNAVAILABLE, "AI provider answered without a choice", null);
        }
        String finish = choice.path("finish_reason").asText(null);
        if ("content_filter".equals(finish)) {
            throw ErrorMapper.contentFiltered();
        }
        JsonNode message = choice.path("message");
        List<ToolCall> toolCalls = new ArrayList<>();
        JsonNode calls = message.path("tool_calls");
        for (int i = 0; i < calls.size(); i++) {
            JsonNode call = calls.get(i);
            toolCalls.add(new ToolCall(
                    call.path("id").asText("call_" + i),
                    call.path("function").path("name").asText(),
                    call.path("function").path("arguments").asText(null)));
        }
        return new ChatResponse(
                body.path("model").asText(""),
                ChatMessage.assistant(message.path("content").asText(""), toolCalls),
                finishReason(finish),
                usage(body.get("usage")));
    }

    static FinishReason finishReason(String value) {
        if (value == null) {
            return FinishReason.OTHER;
        }
        return switch (value) {
            case "stop" -> FinishReason.STOP;
            case "length" -> FinishReason.LENGTH;
            case "tool_calls", "function_call" -> FinishReason.TOOL_CALLS;
            default -> FinishReason.OTHER;
        };
    }

    static TokenUsage usage(JsonNode usage) {
        if (usage == null || !usage.isObject()) {
            return TokenUsage.UNKNOWN;
        }
        return new TokenUsage(
                usage.path("prompt_tokens").asLong(0),
                usage.path("completion_tokens").asLong(0));
    }

    private ObjectNode message(ChatMessage message) {
        ObjectNode node = json.createObjectNode();
        node.put("role", message.role().name().toLowerCase(Locale.ROOT));
        if (message.toolCalls().isEmpty() || !message.content().isEmpty()) {
            node.put("content", message.content());
        } else {
            node.putNull("content");
        }
        if (!message.toolCalls().isEmpty()) {
            ArrayNode calls = node.putArray("tool_calls");
            for (ToolCall call : message.toolCalls()) {
                ObjectNode c = calls.addObject().put("id", call.id()).put("type", "function");
                c.putObject("function").put("name", call.name()).put("arguments", call.arguments());
            }
        }
        if (message.toolCallId() != null) {
            node.put("tool_call_id", message.toolCallId());
        }
        return node;
    }

    private ObjectNode tool(ToolDefinition tool, int index) {
        ObjectNode node = json.createObjectNode().put("type", "function");
        ObjectNode function = node.putObject("function").put("name", tool.name());
        if (!tool.description().isEmpty()) {
            function.put("description", tool.description());
        }
        function.set("parameters", parse(tool.parametersSchema(), "tools[" + index + "].parametersSchema"));
        return node;
    }

    private void responseFormat(ResponseFormat format, ObjectNode body) {
        switch (format.type()) {
            case TEXT -> {
                // the default; leaving it out keeps servers without response_format support working
            }
            case JSON_OBJECT -> body.putObject("response_format").put("type", "json_object");
            case JSON_SCHEMA -> {
                ObjectNode schema = body.putObject("response_format")
                        .put("type", "json_schema")
                        .putObject("json_schema")
                        .put("name", format.name());
                schema.set("schema", parse(format.schema(), "responseFormat.schema"));
                schema.put("strict", format.strict());
            }
        }
    }

    private JsonNode parse(String text, String path) {
        try {
            JsonNode node = json.readTree(text);
            if (node == null || !node.isObject()) {
                throw new InvalidInputException(path, "must be a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(path, "is not valid JSON: " + e.getOriginalMessage());
        }
    }
}
