package com.gridvault.ai.anthropic;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.gridvault.plugin.api.ai.AiConnection;
import com.gridvault.plugin.api.ai.AiProviderException;
import com.gridvault.plugin.api.ai.AiProviderException.Kind;
import com.gridvault.plugin.api.ai.AiProviderSettings;
import com.gridvault.plugin.api.ai.ChatMessage;
import com.gridvault.plugin.api.ai.ChatRequest;
import com.gridvault.plugin.api.ai.ChatResponse;
import com.gridvault.plugin.api.ai.FinishReason;
import com.gridvault.plugin.api.ai.ResponseFormat;
import com.gridvault.plugin.api.ai.TokenUsage;
import com.gridvault.plugin.api.ai.ToolCall;
import com.gridvault.plugin.api.ai.ToolDefinition;
import com.gridvault.plugin.api.validation.FieldError;
import com.gridvault.plugin.api.validation.InvalidInputException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AnthropicChatTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    private static final ToolDefinition FX = new ToolDefinition(
            "get_fx_rate",
            "Spot rate of a currency pair",
            "{\"type\":\"object\",\"properties\":{\"pair\":{\"type\":\"string\"}}}");

    private AiConnection connect() {
        return Fixtures.connect(server.baseUrl());
    }

    @Test
    void chatSendsSystemMessagesHeadersAndDefaultMaxTokens() {
        server.stubFor(post("/v1/messages")
                .withHeader("x-api-key", equalTo(Fixtures.KEY))
                .withHeader("anthropic-version", equalTo("2023-06-01"))
                .withRequestBody(
                        equalToJson(
                                """
                        {"model":"claude-sonnet-4-5","max_tokens":1024,"system":"Be brief.","temperature":0.3,
                         "messages":[{"role":"user","content":"Hello"}]}
                        """))
                .willReturn(okJson(Fixtures.message("{\"type\":\"text\",\"text\":\"Hi!\"}", "end_turn"))));

        try (AiConnection connection = connect()) {
            ChatResponse answer = connection.chat(ChatRequest.builder()
                    .message(ChatMessage.system("Be brief."))
                    .message(ChatMessage.user("Hello"))
                    .temperature(0.3)
                    .build());

            assertThat(answer.content()).isEqualTo("Hi!");
            assertThat(answer.finishReason()).isEqualTo(FinishReason.STOP);
            assertThat(answer.usage()).isEqualTo(new TokenUsage(12, 6));
            assertThat(answer.model()).isEqualTo("claude-sonnet-4-5-20250929");
        }
    }

    @Test
    void toolUseIsReadAndToolResultsAreSentAsUserBlocks() {
        server.stubFor(post("/v1/messages")
                .willReturn(okJson(Fixtures.message(
                        "{\"type\":\"text\",\"text\":\"Checking.\"},{\"type\":\"tool_use\",\"id\":\"toolu_01\","
                                + "\"name\":\"get_fx_rate\",\"input\":{\"pair\":\"EURUSD\"}}",
                        "tool_use"))));

        try (AiConnection connection = connect()) {
            ChatResponse answer = connection.chat(ChatRequest.builder()
                    .message(ChatMessage.user("EURUSD?"))
                    .tool(FX)
                    .build());
            assertThat(answer.finishReason()).isEqualTo(FinishReason.TOOL_CALLS);
            assertThat(answer.content()).isEqualTo("Checking.");
            assertThat(answer.message().toolCalls())
                    .containsExactly(new ToolCall("toolu_01", "get_fx_rate", "{\"pair\":\"EURUSD\"}"));

            connection.chat(ChatRequest.builder()
                    .message(ChatMessage.user("EURUSD?"))
                    .message(answer.message())
                    .message(ChatMessage.tool("toolu_01", "1.0842"))
                    .tool(FX)
                    .maxTokens(200)
                    .build());
        }
        server.verify(postRequestedFor(urlEqualTo("/v1/messages"))
                .withRequestBody(equalToJson(
                        """
                        {"max_tokens":200,
                         "tools":[{"name":"get_fx_rate","description":"Spot rate of a currency pair",
                                   "input_schema":{"type":"object","properties":{"pair":{"type":"string"}}}}],
                         "messages":[{"role":"user","content":"EURUSD?"},
                           {"role":"assistant","content":[{"type":"text","text":"Checking."},
                             {"type":"tool_use","id":"toolu_01","name":"get_fx_rate","input":{"pair":"EURUSD"}}]},
                           {"role":"user","content":[{"type":"tool_result","tool_use_id":"toolu_01","content":"1.0842"}]}]}
                        """,
                        true,
                        true)));
    }

    @Test
    void jsonSchemaIsAForcedToolWhoseInputIsTheAnswer() {
        server.stubFor(post("/v1/messages")
                .withRequestBody(equalToJson(
                        """
                        {"tool_choice":{"type":"tool","name":"rating"},
                         "tools":[{"name":"rating","input_schema":{"type":"object","properties":{"grade":{"type":"string"}}}}]}
                        """,
                        true,
                        true))
                .willReturn(okJson(Fixtures.message(
                        "{\"type\":\"tool_use\",\"id\":\"toolu_9\",\"name\":\"rating\",\"input\":{\"grade\":\"A\"}}",
                        "tool_use"))));

        try (AiConnection connection = connect()) {
            ChatResponse answer = connection.chat(ChatRequest.builder()
                    .message(ChatMessage.user("Rate ACME"))
                    .responseFormat(ResponseFormat.jsonSchema(
                            "rating", "{\"type\":\"object\",\"properties\":{\"grade\":{\"type\":\"string\"}}}"))
                    .build());
            assertThat(answer.content()).isEqualTo("{\"grade\":\"A\"}");
            assertThat(answer.message().toolCalls()).isEmpty();
            assertThat(answer.finishReason()).isEqualTo(FinishReason.STOP);
        }
    }

    private AiProviderException failure(ResponseDefinitionBuilder response) {
        server.stubFor(post("/v1/messages").willReturn(response));
        try (AiConnection connection = connect()) {
            Throwable thrown = catchThrowable(() -> connection.chat(Fixtures.hello()));
            assertThat(thrown).isInstanceOf(AiProviderException.class);
            assertThat(thrown.getMessage()).doesNotContain(Fixtures.KEY);
            return (AiProviderException) thrown;
        }
    }

    private static ResponseDefinitionBuilder error(int status, String type, String message) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"type\":\"error\",\"error\":{\"type\":\"" + type + "\",\"message\":\"" + message + "\"}}");
    }

    @Test
    void errorsMapToKinds() {
        AiProviderException limited =
                failure(error(429, "rate_limit_error", "Number of request tokens has exceeded your rate limit")
                        .withHeader("retry-after", "15"));
        assertThat(limited.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(limited.retryAfter()).contains(Duration.ofSeconds(15));
        assertThat(failure(error(401, "authentication_error", "invalid x-api-key"))
                        .kind())
                .isEqualTo(Kind.AUTHENTICATION);
        assertThat(failure(error(529, "overloaded_error", "Overloaded")).kind()).isEqualTo(Kind.UNAVAILABLE);
        assertThat(failure(error(500, "api_error", "Internal server error")).kind())
                .isEqualTo(Kind.UNAVAILABLE);
        assertThat(failure(error(400, "invalid_request_error", "prompt is too long: 210000 tokens > 200000 maximum"))
                        .kind())
                .isEqualTo(Kind.CONTEXT_TOO_LONG);
        assertThat(failure(error(400, "invalid_request_error", "max_tokens: Field required"))
                        .kind())
                .isEqualTo(Kind.BAD_REQUEST);
        assertThat(failure(okJson(Fixtures.message("", "refusal"))).kind()).isEqualTo(Kind.CONTENT_FILTERED);
        assertThat(failure(okJson(Fixtures.message("", "end_turn")).withFixedDelay(3_000))
                        .kind())
                .isEqualTo(Kind.TIMEOUT);
    }

    @Test
    void settingsRequireAKeyAndNeverShowIt() {
        assertThatThrownBy(
                        () -> Fixtures.provider().connect(AiProviderSettings.of(Map.of("max-tokens", "x"), Map.of())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::path)
                        .containsExactlyInAnyOrder("api-key", "max-tokens"));
        try (AiConnection connection = connect()) {
            assertThat(connection.toString()).doesNotContain(Fixtures.KEY);
        }
        assertThat(Fixtures.provider().configOptions())
                .filteredOn(o -> o.name().equals("api-key"))
                .singleElement()
                .satisfies(o -> assertThat(o.secret()).isTrue());
    }
}
