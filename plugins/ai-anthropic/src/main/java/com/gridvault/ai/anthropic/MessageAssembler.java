package com.gridvault.ai.anthropic;

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
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds a {@link ChatResponse} from a Messages API answer: either a whole message or the stream
 * events message_start, content_block_start/delta/stop, message_delta and message_stop. Not
 * thread-safe; a stream feeds it from one thread at a time.
 */
final class MessageAssembler {

    private final String structuredTool;
    private final Map<Integer, Block> blocks = new TreeMap<>();
    private String model = "";
    private String stopReason;
    private long inputTokens;
    private long outputTokens;
    private boolean stopped;

    /** @param structuredTool the forced tool that carries a JSON-schema answer, or null */
    MessageAssembler(String structuredTool) {
        this.structuredTool = structuredTool;
    }

    /** Reads a complete (non-streamed) message. */
    static ChatResponse fromMessage(JsonNode message, String structuredTool) {
        MessageAssembler assembler = new MessageAssembler(structuredTool);
        assembler.start(message);
        JsonNode content = message.path("content");
        for (int i = 0; i < content.size(); i++) {
            Block block = assembler.block(i, content.get(i));
            JsonNode input = content.get(i).get("input");
            if (input != null) {
                block.text.append(input);
            }
        }
        assembler.stopReason = message.path("stop_reason").asText(null);
        return assembler.build();
    }

    /**
     * Takes one stream event.
     *
     * @return the delta to pass on, or null when the event carries none
     */
    ChatDelta accept(JsonNode event) {
        switch (event.path("type").asText("")) {
            case "message_start" -> start(event.path("message"));
            case "content_block_start" -> {
                Block block = block(event.path("index").asInt(), event.path("content_block"));
                if (block.isToolCall()) {
                    return new ChatDelta("", List.of(new ToolCallDelta(block.toolIndex, block.id, block.name, "")));
                }
                return delta(block, block.text.toString());
            }
            case "content_block_delta" -> {
                Block block = blocks.get(event.path("index").asInt());
                JsonNode delta = event.path("delta");
                String piece = delta.has("partial_json")
                        ? delta.path("partial_json").asText("")
                        : delta.path("text").asText("");
                if (block == null || piece.isEmpty()) {
                    return null;
                }
                block.text.append(piece);
                return delta(block, piece);
            }
            case "message_delta" -> {
                if (event.path("delta").hasNonNull("stop_reason")) {
                    stopReason = event.path("delta").path("stop_reason").asText();
                }
                outputTokens = event.path("usage").path("output_tokens").asLong(outputTokens);
            }
            case "message_stop" -> stopped = true;
            default -> {
                // ping, content_block_stop: nothing to add
            }
        }
        return null;
    }

    boolean stopped() {
        return stopped;
    }

    /**
     * Builds the answer.
     *
     * @throws AiProviderException CONTENT_FILTERED when Anthropic refused to answer
     */
    ChatResponse build() {
        if ("refusal".equals(stopReason)) {
            throw AnthropicErrors.refused();
        }
        StringBuilder text = new StringBuilder();
        List<ToolCall> toolCalls = new ArrayList<>();
        boolean structured = false;
        for (Block block : blocks.values()) {
            if (block.isToolCall()) {
                toolCalls.add(new ToolCall(block.id, block.name, block.text.toString()));
            } else if (block.structured) {
                structured = true;
                text.append(block.text);
            } else if (block.type.equals("text")) {
                text.append(block.text);
            }
        }
        FinishReason finish = structured ? FinishReason.STOP : finishReason(stopReason);
        return new ChatResponse(
                model,
                ChatMessage.assistant(text.toString(), toolCalls),
                finish,
                new TokenUsage(inputTokens, outputTokens));
    }

    private void start(JsonNode message) {
        model = message.path("model").asText(model);
        JsonNode usage = message.path("usage");
        // cached prompt tokens are prompt tokens too
        inputTokens = usage.path("input_tokens").asLong(0)
                + usage.path("cache_creation_input_tokens").asLong(0)
                + usage.path("cache_read_input_tokens").asLong(0);
        outputTokens = usage.path("output_tokens").asLong(0);
    }

    private Block block(int index, JsonNode node) {
        Block block = new Block(node.path("type").asText(""));
        if (block.type.equals("tool_use")) {
            block.id = node.path("id").asText("toolu_" + index);
            block.name = node.path("name").asText("");
            block.structured = block.name.equals(structuredTool);
            block.toolIndex =
                    (int) blocks.values().stream().filter(Block::isToolCall).count();
        } else if (block.type.equals("text")) {
            block.text.append(node.path("text").asText(""));
        }
        blocks.put(index, block);
        return block;
    }

    private static ChatDelta delta(Block block, String piece) {
        if (piece.isEmpty()) {
            return null;
        }
        if (block.isToolCall()) {
            return new ChatDelta("", List.of(new ToolCallDelta(block.toolIndex, null, null, piece)));
        }
        // a JSON-schema answer streams as text, like any other answer
        return block.type.equals("text") || block.structured ? ChatDelta.text(piece) : null;
    }

    private static FinishReason finishReason(String stopReason) {
        if (stopReason == null) {
            return FinishReason.OTHER;
        }
        return switch (stopReason) {
            case "end_turn", "stop_sequence" -> FinishReason.STOP;
            case "max_tokens" -> FinishReason.LENGTH;
            case "tool_use" -> FinishReason.TOOL_CALLS;
            default -> FinishReason.OTHER;
        };
    }

    private static final class Block {
        private final String type;
        private final StringBuilder text = new StringBuilder();
        private String id;
        private String name;
        private boolean structured;
        private int toolIndex;

        Block(String type) {
            this.type = type;
        }

        boolean isToolCall() {
            return type.equals("tool_use") && !structured;
        }
    }
}
