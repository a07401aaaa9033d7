package com.gridvault.plugin.api.ai;

import com.gridvault.plugin.api.validation.FieldErrors;
import java.util.ArrayList;
import java.util.List;

/**
 * A chat completion request.
 *
 * @param model the model id, or null to use the endpoint's configured default (for Azure OpenAI the
 *     deployment decides the model)
 * @param messages the conversation so far, oldest first; not empty
 * @param temperature sampling temperature between 0 and 2, or null for the provider's default
 * @param maxTokens the most tokens to generate, or null for the provider's default
 * @param tools the functions the model may call, possibly empty
 * @param responseFormat the required form of the answer
 */
public record ChatRequest(
        String model,
        List<ChatMessage> messages,
        Double temperature,
        Integer maxTokens,
        List<ToolDefinition> tools,
        ResponseFormat responseFormat) {

    /**
     * Validates the request.
     *
     * @throws com.gridvault.plugin.api.validation.InvalidInputException naming every invalid field
     */
    public ChatRequest {
        messages = messages == null ? List.of() : List.copyOf(messages);
        tools = List.copyOf(tools == null ? List.of() : tools);
        responseFormat = responseFormat == null ? ResponseFormat.TEXT : responseFormat;
        FieldErrors errors = FieldErrors.create().notEmpty("messages", messages);
        if (temperature != null) {
            errors.between("temperature", temperature, 0, 2);
        }
        if (maxTokens != null) {
            errors.positive("maxTokens", maxTokens);
        }
        errors.throwIfAny();
    }

    /**
     * Starts a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ChatRequest}; not thread-safe. */
    public static final class Builder {
        private String model;
        private final List<ChatMessage> messages = new ArrayList<>();
        private Double temperature;
        private Integer maxTokens;
        private final List<ToolDefinition> tools = new ArrayList<>();
        private ResponseFormat responseFormat;

        private Builder() {}

        /**
         * Sets the model.
         *
         * @param model the model id, or null for the endpoint's default
         * @return this builder
         */
        public Builder model(String model) {
            this.model = model;
            return this;
        }

        /**
         * Appends a message.
         *
         * @param message the message
         * @return this builder
         */
        public Builder message(ChatMessage message) {
            messages.add(message);
            return this;
        }

        /**
         * Appends messages.
         *
         * @param messages the messages, oldest first
         * @return this builder
         */
        public Builder messages(List<ChatMessage> messages) {
            this.messages.addAll(messages);
            return this;
        }

        /**
         * Sets the sampling temperature.
         *
         * @param temperature between 0 and 2, or null
         * @return this builder
         */
        public Builder temperature(Double temperature) {
            this.temperature = temperature;
            return this;
        }

        /**
         * Sets the most tokens to generate.
         *
         * @param maxTokens a positive number, or null
         * @return this builder
         */
        public Builder maxTokens(Integer maxTokens) {
            this.maxTokens = maxTokens;
            return this;
        }

        /**
         * Offers a function to the model.
         *
         * @param tool the function
         * @return this builder
         */
        public Builder tool(ToolDefinition tool) {
            tools.add(tool);
            return this;
        }

        /**
         * Constrains the form of the answer.
         *
         * @param responseFormat the format
         * @return this builder
         */
        public Builder responseFormat(ResponseFormat responseFormat) {
            this.responseFormat = responseFormat;
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the request
         * @throws com.gridvault.plugin.api.validation.InvalidInputException naming every invalid field
         */
        public ChatRequest build() {
            return new ChatRequest(model, messages, temperature, maxTokens, tools, responseFormat);
        }
    }
}
