package com.gridvault.ai.anthropic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.gridvault.plugin.api.ai.ChatMessage;
import com.gridvault.plugin.api.ai.ChatRequest;
import com.gridvault.plugin.api.ai.ChatRole;
import com.gridvault.plugin.api.ai.ResponseFormat;
import com.gridvault.plugin.api.ai.ToolCall;
import com.gridvault.plugin.api.ai.ToolDefinition;
import com.gridvault.plugin.api.validation.InvalidInputException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes Messages API request bodies. System messages become the top-level {@code system} text,
 * tool results become {@code tool_result} blocks of a user message, and a JSON-schema response
 * format becomes a forced tool whose input is the answer (Anthropic's documented way to get JSON
 * that follows a schema).
 */
final class MessagesJson {

    private final ObjectMapper json;

    MessagesJson(ObjectMapper json) {
        this.json = json;
    }

    /** The name of the forced tool carrying a JSON-schema answer, or null when there is none. */
    static String structuredToolName(ChatRequest request) {
        return request.responseFormat().type() == ResponseFormat.Type.JSON_SCHEMA
                ? request.responseFormat().name()
                : null;
    }

    ObjectNode request(ChatRequest request, String model, int defaultMaxTokens, boolean stream) {
        if (request.responseFormat().type() == ResponseFormat.Type.JSON_OBJECT) {
            throw new InvalidInputException(
                    "responseFormat", "Anthropic has no JSON_OBJECT mode; use JSON_SCHEMA with a schema");
        }
        ObjectNode body = json.createObjectNode().put("model", model);
        body.put("max_tokens", request.maxTokens() != null ? request.maxTokens() : defaultMaxTokens);
        List<String> system = new ArrayList<>();
        ArrayNode messages = body.putArray("messages");
        ArrayNode pendingResults = null;
        for (ChatMessage message : request.messages()) {
            if (message.role() == ChatRole.TOOL) {
                if (pendingResults == null) {
                    pendingResults = messages.addObject().put("role", "user").putArray("content");
                }
                pendingResults
                        .addObject()
                        .put("type", "tool_result")
                        .put("tool_use_id", message.toolCallId())
                        .put("content", message.content());
                continue;
            }
            pendingResults = null;
            switch (message.role()) {
                case SYSTEM -> system.add(message.content());
                case USER -> messages.addObject().put("role", "user").put("content", message.content());
                default -> messages.add(assistant(message));
            }
        }
        if (!system.isEmpty()) {
            body.put("system", String.join("\n\n", system));
        }
        if (request.temperature() != null) {
            body.put("temperature", request.temperature());
        }
        ArrayNode tools = json.createArrayNode();
        for (int i = 0; i < request.tools().size(); i++) {
            ToolDefinition tool = request.tools().get(i);
            tools.add(tool(
                    tool.name(),
                    tool.description(),
                    parse(tool.parametersSchema(), "tools[" + i + "].parametersSchema")));
        }
        String structured = structuredToolName(request);
        if (structured != null) {
            tools.add(tool(
                    structured,
                    "Give the answer by calling this tool with it as the input.",
                    parse(request.responseFormat().schema(), "responseFormat.schema")));
            body.putObject("tool_choice").put("type", "tool").put("name", structured);
        }
        if (!tools.isEmpty()) {
            body.set("tools", tools);
        }
        if (stream) {
            body.put("stream", true);
        }
        return body;
    }

    private ObjectNode assistant(ChatMessage message) {
        ObjectNode node = json.createObjectNode().put("role", "assistant");
        if (message.toolCalls().isEmpty()) {
            return node.put("content", message.content());
        }
        ArrayNode content = node.putArray("content");
        if (!message.content().isEmpty()) {
            content.addObject().put("type", "text").put("text", message.content());
        }
        for (ToolCall call : message.toolCalls()) {
            content.addObject()
                    .put("type", "tool_use")
                    .put("id", call.id())
                    .put("name", call.name())
                    .set("input", parse(call.arguments(), "messages.toolCalls.arguments"));
        }
        return node;
    }

    private ObjectNode tool(String name, String description, JsonNode schema) {
        ObjectNode tool = json.createObjectNode().put("name", name);
        if (!description.isEmpty()) {
            tool.put("description", description);
        }
        tool.set("input_schema", schema);
        return tool;
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
