package com.gridvault.ai.gemini;

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
import java.util.HashMap;
import java.util.Map;

/**
 * Writes {@code generateContent} request bodies. System messages become {@code systemInstruction},
 * assistant messages become {@code model} contents with {@code functionCall} parts, and tool
 * messages become {@code functionResponse} parts of a user content. Gemini does not need call ids
 * (it pairs calls and responses by name and order), so none are sent; the function name of a tool
 * result is looked up from the assistant message that made the call.
 */
final class GeminiJson {

    private final ObjectMapper json;

    GeminiJson(ObjectMapper json) {
        this.json = json;
    }

    ObjectNode request(ChatRequest request) {
        ObjectNode body = json.createObjectNode();
        ArrayNode contents = body.putArray("contents");
        ArrayNode system = json.createArrayNode();
        Map<String, String> callNames = new HashMap<>();
        ArrayNode pendingResults = null;
        for (ChatMessage message : request.messages()) {
            if (message.role() == ChatRole.TOOL) {
                if (pendingResults == null) {
                    pendingResults = contents.addObject().put("role", "user").putArray("parts");
                }
                pendingResults.addObject().set("functionResponse", functionResponse(message, callNames));
                continue;
            }
            pendingResults = null;
            switch (message.role()) {
                case SYSTEM -> system.addObject().put("text", message.content());
                case USER -> text(contents.addObject().put("role", "user").putArray("parts"), message.content());
                default -> {
                    message.toolCalls().forEach(call -> callNames.put(call.id(), call.name()));
                    contents.add(model(message));
                }
            }
        }
        if (!system.isEmpty()) {
            body.putObject("systemInstruction").set("parts", system);
        }
        if (!request.tools().isEmpty()) {
            ArrayNode declarations = body.putArray("tools").addObject().putArray("functionDeclarations");
            for (int i = 0; i < request.tools().size(); i++) {
                declarations.add(declaration(request.tools().get(i), "tools[" + i + "].parametersSchema"));
            }
        }
        ObjectNode config = json.createObjectNode();
        if (request.temperature() != null) {
            config.put("temperature", request.temperature());
        }
        if (request.maxTokens() != null) {
            config.put("maxOutputTokens", request.maxTokens());
        }
        ResponseFormat format = request.responseFormat();
        if (format.type() != ResponseFormat.Type.TEXT) {
            config.put("responseMimeType", "application/json");
        }
        if (format.type() == ResponseFormat.Type.JSON_SCHEMA) {
            config.set("responseSchema", parse(format.schema(), "responseFormat.schema"));
        }
        if (!config.isEmpty()) {
            body.set("generationConfig", config);
        }
        return body;
    }

    private ObjectNode model(ChatMessage message) {
        ObjectNode content = json.createObjectNode().put("role", "model");
        ArrayNode parts = content.putArray("parts");
        if (!message.content().isEmpty() || message.toolCalls().isEmpty()) {
            parts.addObject().put("text", message.content());
        }
        for (ToolCall call : message.toolCalls()) {
            parts.addObject()
                    .putObject("functionCall")
                    .put("name", call.name())
                    .set("args", parse(call.arguments(), "messages.toolCalls.arguments"));
        }
        return content;
    }

    private ObjectNode functionResponse(ChatMessage message, Map<String, String> callNames) {
        String name = callNames.get(message.toolCallId());
        if (name == null) {
            throw new InvalidInputException(
                    "messages.toolCallId",
                    "'" + message.toolCallId() + "' answers no tool call of an earlier assistant message");
        }
        ObjectNode response = json.createObjectNode().put("name", name);
        // Gemini wants an object; a result that is not a JSON object is wrapped as {"result": ...}
        JsonNode result = tryParse(message.content());
        if (result != null && result.isObject()) {
            response.set("response", result);
        } else {
            ObjectNode wrapped = response.putObject("response");
            if (result != null) {
                wrapped.set("result", result);
            } else {
                wrapped.put("result", message.content());
            }
        }
        return response;
    }

    private ObjectNode declaration(ToolDefinition tool, String path) {
        ObjectNode declaration = json.createObjectNode().put("name", tool.name());
        if (!tool.description().isEmpty()) {
            declaration.put("description", tool.description());
        }
        JsonNode parameters = parse(tool.parametersSchema(), path);
        // Gemini rejects an OBJECT schema with no properties; a function without parameters omits them
        if (!parameters.path("properties").isEmpty()) {
            declaration.set("parameters", parameters);
        }
        return declaration;
    }

    private static void text(ArrayNode parts, String text) {
        parts.addObject().put("text", text);
    }

    private JsonNode tryParse(String text) {
        try {
            return text.isBlank() ? null : json.readTree(text);
        } catch (JsonProcessingException e) {
            return null;
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
