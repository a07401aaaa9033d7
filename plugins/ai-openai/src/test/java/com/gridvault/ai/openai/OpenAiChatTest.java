package com.gridvault.ai.openai;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.gridvault.plugin.api.ai.AiConnection;
import com.gridvault.plugin.api.ai.AiProviderSettings;
import com.gridvault.plugin.api.ai.ChatMessage;
import com.gridvault.plugin.api.ai.ChatRequest;
import com.gridvault.plugin.api.ai.ChatResponse;
import com.gridvault.plugin.api.ai.ChatRole;
import com.gridvault.plugin.api.ai.EmbeddingRequest;
import com.gridvault.plugin.api.ai.EmbeddingResponse;
import com.gridvault.plugin.api.ai.FinishReason;
import com.gridvault.plugin.api.ai.HealthStatus;
import com.gridvault.plugin.api.ai.ModelInfo;
import com.gridvault.plugin.api.ai.ResponseFormat;
import com.gridvault.plugin.api.ai.TokenUsage;
import com.gridvault.plugin.api.ai.ToolCall;
import com.gridvault.plugin.api.ai.ToolDefinition;
import com.gridvault.plugin.api.validation.FieldError;
import com.gridvault.plugin.api.validation.InvalidInputException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class OpenAiChatTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    private String base() {
        return server.baseUrl() + "/v1";
    }

    @Test
    void chatSendsTheDocumentedRequestAndReadsAnswerAndUsage() {
        server.stubFor(post("/v1/chat/completions")
                .withHeader("Authorization", equalTo("Bearer " + Fixtures.KEY))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(
                        equalToJson(
                                """
                        {"model":"gpt-4o","temperature":0.2,"max_tokens":50,
                         "messages":[{"role":"system","content":"Be brief."},{"role":"user","content":"Hello"}]}
                        """))
                .willReturn(okJson(Fixtures.completion("Hi there.", "stop"))));

        try (AiConnection connection = Fixtures.openAi(base())) {
            ChatResponse answer = connection.chat(ChatRequest.builder()
                    .model("gpt-4o")
                    .message(ChatMessage.system("Be brief."))
                    .message(ChatMessage.user("Hello"))
                    .temperature(0.2)
                    .maxTokens(50)
                    .build());

            assertThat(answer.content()).isEqualTo("Hi there.");
            assertThat(answer.message().role()).isEqualTo(ChatRole.ASSISTANT);
            assertThat(answer.finishReason()).isEqualTo(FinishReason.STOP);
            assertThat(answer.usage()).isEqualTo(new TokenUsage(19, 10));
            assertThat(answer.model()).isEqualTo("gpt-4o-mini-2024-07-18");
        }
    }

    @Test
    void toolsAreOfferedAndToolCallsReadAndReplayed() {
        server.stubFor(
                post("/v1/chat/completions")
                        .willReturn(
                                okJson(
                                        """
                        {"id":"c","object":"chat.completion","model":"gpt-4o-mini","choices":[{"index":0,
                          "message":{"role":"assistant","content":null,"tool_calls":[{"id":"call_abc","type":"function",
                            "function":{"name":"get_fx_rate","arguments":"{\\"pair\\":\\"EURUSD\\"}"}}]},
                          "finish_reason":"tool_calls"}],
                         "usage":{"prompt_tokens":80,"completion_tokens":17,"total_tokens":97}}
                        """)));
        ToolDefinition fx = new ToolDefinition(
                "get_fx_rate",
                "Returns the spot rate of a currency pair",
                "{\"type\":\"object\",\"properties\":{\"pair\":{\"type\":\"string\"}},\"required\":[\"pair\"]}");
        ToolCall call = new ToolCall("call_abc", "get_fx_rate", "{\"pair\":\"EURUSD\"}");

        try (AiConnection connection = Fixtures.openAi(base())) {
            ChatResponse answer = connection.chat(ChatRequest.builder()
                    .message(ChatMessage.user("EURUSD?"))
                    .tool(fx)
                    .build());
            assertThat(answer.finishReason()).isEqualTo(FinishReason.TOOL_CALLS);
            assertThat(answer.message().toolCalls()).containsExactly(call);
            assertThat(answer.content()).isEmpty();

            connection.chat(ChatRequest.builder()
                    .message(ChatMessage.user("EURUSD?"))
                    .message(answer.message())
                    .message(ChatMessage.tool("call_abc", "{\"rate\":1.0842}"))
                    .tool(fx)
                    .build());
        }

        server.verify(
                postRequestedFor(urlEqualTo("/v1/chat/completions"))
                        .withRequestBody(
                                equalToJson(
                                        """
                        {"model":"gpt-4o-mini","messages":[{"role":"user","content":"EURUSD?"}],
                         "tools":[{"type":"function","function":{"name":"get_fx_rate",
                           "description":"Returns the spot rate of a currency pair",
                           "parameters":{"type":"object","properties":{"pair":{"type":"string"}},"required":["pair"]}}}]}
                        """)));
        server.verify(postRequestedFor(urlEqualTo("/v1/chat/completions"))
                .withRequestBody(equalToJson(
                        """
                        {"messages":[{"role":"user","content":"EURUSD?"},
                          {"role":"assistant","content":null,"tool_calls":[{"id":"call_abc","type":"function",
                            "function":{"name":"get_fx_rate","arguments":"{\\"pair\\":\\"EURUSD\\"}"}}]},
                          {"role":"tool","tool_call_id":"call_abc","content":"{\\"rate\\":1.0842}"}]}
                        """,
                        true,
                        true)));
    }

    @Test
    void jsonSchemaResponseFormatIsSentAsDocumented() {
        server.stubFor(post("/v1/chat/completions")
                .withRequestBody(equalToJson(
                        """
                        {"response_format":{"type":"json_schema","json_schema":{"name":"rating","strict":true,
                          "schema":{"type":"object","properties":{"grade":{"type":"string"}},
                                    "required":["grade"],"additionalProperties":false}}}}
                        """,
                        true,
                        true))
                .willReturn(okJson(Fixtures.completion("{\\\"grade\\\":\\\"A\\\"}", "stop"))));

        try (AiConnection connection = Fixtures.openAi(base())) {
            ChatResponse answer = connection.chat(ChatRequest.builder()
                    .message(ChatMessage.user("Rate ACME"))
                    .responseFormat(ResponseFormat.jsonSchema(
                            "rating",
                            "{\"type\":\"object\",\"properties\":{\"grade\":{\"type\":\"string\"}},"
                                    + "\"required\":[\"grade\"],\"additionalProperties\":false}"))
                    .build());
            assertThat(answer.content()).isEqualTo("{\"grade\":\"A\"}");
        }
    }

    @Test
    void invalidSchemaTextIsRejectedBeforeSending() {
        try (AiConnection connection = Fixtures.openAi(base())) {
            assertThatThrownBy(() -> connection.chat(ChatRequest.builder()
                            .message(ChatMessage.user("x"))
                            .responseFormat(ResponseFormat.jsonSchema("bad", "{not json"))
                            .build()))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("responseFormat.schema");
        }
        assertThat(server.getAllServeEvents()).isEmpty();
    }

    @Test
    void azureUsesDeploymentUrlApiVersionAndApiKeyHeader() {
        server.stubFor(post(urlEqualTo("/openai/deployments/gpt4o-prod/chat/completions?api-version=2024-10-21"))
                .withHeader("api-key", equalTo(Fixtures.KEY))
                .withHeader("Authorization", absent())
                .willReturn(okJson(Fixtures.completion("Hallo.", "stop"))));

        try (AiConnection connection =
                Fixtures.openAi(server.baseUrl() + "/", "variant", "azure", "azure.deployment", "gpt4o-prod")) {
            assertThat(connection.chat(Fixtures.hello()).content()).isEqualTo("Hallo.");
        }
        server.verify(
                postRequestedFor(urlEqualTo("/openai/deployments/gpt4o-prod/chat/completions?api-version=2024-10-21"))
                        .withRequestBody(
                                equalToJson("{\"messages\":[{\"role\":\"user\",\"content\":\"Hello\"}]}", true, true)));
    }

    @Test
    void selfHostedServerWithoutKeyGetsNoAuthorizationHeader() {
        server.stubFor(post("/v1/chat/completions")
                .withHeader("Authorization", absent())
                .willReturn(okJson(Fixtures.completion("ok", "length"))));

        try (AiConnection connection =
                Fixtures.openAi(base(), "variant", "compatible", "model", "llama3.1:8b", "no-key", "")) {
            ChatResponse answer = connection.chat(Fixtures.hello());
            assertThat(answer.finishReason()).isEqualTo(FinishReason.LENGTH);
        }
        server.verify(postRequestedFor(urlEqualTo("/v1/chat/completions"))
                .withRequestBody(equalToJson("{\"model\":\"llama3.1:8b\"}", true, true)));
    }

    @Test
    void listsModelsAndReportsHealth() {
        server.stubFor(
                get("/v1/models")
                        .withHeader("Authorization", equalTo("Bearer " + Fixtures.KEY))
                        .willReturn(
                                okJson(
                                        """
                        {"object":"list","data":[
                          {"id":"gpt-4o-mini","object":"model","created":1721172741,"owned_by":"system"},
                          {"id":"text-embedding-3-small","object":"model","created":1705948997,"owned_by":"system"}]}
                        """)));

        try (AiConnection connection = Fixtures.openAi(base())) {
            assertThat(connection.models())
                    .containsExactly(
                            new ModelInfo("gpt-4o-mini", "system"), new ModelInfo("text-embedding-3-small", "system"));
            HealthStatus health = connection.health();
            assertThat(health.up()).isTrue();
            assertThat(health.detail()).isEqualTo("2 models offered");
        }
    }

    @Test
    void healthIsDownWithTheFailureKindWhenTheKeyIsRejected() {
        server.stubFor(get("/v1/models")
                .willReturn(okJson("{\"error\":{\"message\":\"Incorrect API key\"}}")
                        .withStatus(401)));

        try (AiConnection connection = Fixtures.openAi(base())) {
            HealthStatus health = connection.health();
            assertThat(health.up()).isFalse();
            assertThat(health.failure()).isEqualTo(com.gridvault.plugin.api.ai.AiProviderException.Kind.AUTHENTICATION);
            assertThat(health.detail()).contains("Incorrect API key").doesNotContain(Fixtures.KEY);
        }
    }

    @Test
    void embedsTextsInInputOrder() {
        server.stubFor(
                post("/v1/embeddings")
                        .withRequestBody(equalToJson("{\"model\":\"text-embedding-3-small\",\"input\":[\"a\",\"b\"]}"))
                        .willReturn(
                                okJson(
                                        """
                        {"object":"list","model":"text-embedding-3-small",
                         "data":[{"object":"embedding","index":1,"embedding":[0.5,-0.25]},
                                 {"object":"embedding","index":0,"embedding":[0.125,1.0]}],
                         "usage":{"prompt_tokens":2,"total_tokens":2}}
                        """)));

        try (AiConnection connection = Fixtures.openAi(base(), "embedding-model", "text-embedding-3-small")) {
            assertThat(connection.supportsEmbeddings()).isTrue();
            EmbeddingResponse result = connection.embed(EmbeddingRequest.of(List.of("a", "b")));
            assertThat(result.embeddings()).extracting(e -> e.vector()[0]).containsExactly(0.125f, 0.5f);
            assertThat(result.usage()).isEqualTo(new TokenUsage(2, 0));
        }
    }

    @Test
    void invalidSettingsNameEveryBadField() {
        AiProviderSettings settings = AiProviderSettings.of(
                Map.of("variant", "azure", "base-url", "ftp://x", "read-timeout", "5s"), Map.of());
        assertThatThrownBy(() -> Fixtures.provider().connect(settings))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors())
                        .extracting(FieldError::path)
                        .containsExactlyInAnyOrder("base-url", "api-key", "azure.deployment", "read-timeout"));
    }

    @Test
    void neitherSettingsNorConnectionShowTheApiKey() {
        AiProviderSettings settings =
                AiProviderSettings.of(Map.of("base-url", base()), Map.of("api-key", Fixtures.KEY));
        try (AiConnection connection = Fixtures.provider().connect(settings)) {
            assertThat(settings.toString()).contains("api-key").doesNotContain(Fixtures.KEY);
            assertThat(connection.toString()).contains(base()).doesNotContain(Fixtures.KEY);
        }
    }

    @Test
    void describesItsSettingsWithTheApiKeyAsSecret() {
        OpenAiCompatibleProvider provider = Fixtures.provider();
        assertThat(provider.id()).isEqualTo("openai-compatible");
        assertThat(provider.configOptions())
                .filteredOn(o -> o.name().equals("api-key"))
                .singleElement()
                .satisfies(o -> assertThat(o.secret()).isTrue());
        assertThat(provider.configOptions())
                .extracting(o -> o.name())
                .contains("variant", "base-url", "model", "azure.deployment", "azure.api-version", "read-timeout");
    }
}
