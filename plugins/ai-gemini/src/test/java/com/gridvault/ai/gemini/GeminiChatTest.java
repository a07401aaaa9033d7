package com.gridvault.ai.gemini;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.gridvault.plugin.api.ai.AiConnection;
import com.gridvault.plugin.api.ai.AiProviderSettings;
import com.gridvault.plugin.api.ai.ChatMessage;
import com.gridvault.plugin.api.ai.ChatRequest;
import com.gridvault.plugin.api.ai.ChatResponse;
import com.gridvault.plugin.api.ai.Embedding;
import com.gridvault.plugin.api.ai.EmbeddingRequest;
import com.gridvault.plugin.api.ai.FinishReason;
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

class GeminiChatTest {

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
    void chatSendsSystemInstructionKeyHeaderAndGenerationConfig() {
        server.stubFor(post(Fixtures.GENERATE)
                .withHeader("x-goog-api-key", equalTo(Fixtures.KEY))
                .withQueryParam("key", absent())
                .withRequestBody(
                        equalToJson(
                                """
                        {"systemInstruction":{"parts":[{"text":"Be brief."}]},
                         "contents":[{"role":"user","parts":[{"text":"Hello"}]}],
                         "generationConfig":{"temperature":0.3,"maxOutputTokens":200}}
                        """))
                .willReturn(okJson(Fixtures.response("{\"text\":\"Hi!\"}", "STOP"))));

        try (AiConnection connection = connect()) {
            ChatResponse answer = connection.chat(ChatRequest.builder()
                    .message(ChatMessage.system("Be brief."))
                    .message(ChatMessage.user("Hello"))
                    .temperature(0.3)
                    .maxTokens(200)
                    .build());

            assertThat(answer.content()).isEqualTo("Hi!");
            assertThat(answer.finishReason()).isEqualTo(FinishReason.STOP);
            // promptTokenCount and candidatesTokenCount of Fixtures.response
            assertThat(answer.usage()).isEqualTo(new TokenUsage(12, 6));
            assertThat(answer.model()).isEqualTo("gemini-2.5-flash-001");
        }
    }

    @Test
    void maxTokensLeavesLengthAndThoughtPartsAreNotAnswerText() {
        server.stubFor(post(Fixtures.GENERATE)
                .willReturn(okJson(Fixtures.response(
                        "{\"text\":\"Pondering\",\"thought\":true},{\"text\":\"The rate is\"}", "MAX_TOKENS"))));

        try (AiConnection connection = connect()) {
            ChatResponse answer = connection.chat(Fixtures.hello());
            assertThat(answer.content()).isEqualTo("The rate is");
            assertThat(answer.finishReason()).isEqualTo(FinishReason.LENGTH);
        }
    }

    @Test
    void functionCallsAreReadAndResultsAreSentAsFunctionResponses() {
        server.stubFor(post(Fixtures.GENERATE)
                .willReturn(okJson(Fixtures.response(
                        "{\"text\":\"Checking.\"},{\"functionCall\":{\"name\":\"get_fx_rate\","
                                + "\"args\":{\"pair\":\"EURUSD\"}}}",
                        "STOP"))));

        try (AiConnection connection = connect()) {
            ChatResponse answer = connection.chat(ChatRequest.builder()
                    .message(ChatMessage.user("EURUSD?"))
                    .tool(FX)
                    .build());
            assertThat(answer.finishReason()).isEqualTo(FinishReason.TOOL_CALLS);
            assertThat(answer.content()).isEqualTo("Checking.");
            assertThat(answer.message().toolCalls())
                    .containsExactly(new ToolCall("call_0", "get_fx_rate", "{\"pair\":\"EURUSD\"}"));

            connection.chat(ChatRequest.builder()
                    .message(ChatMessage.user("EURUSD?"))
                    .message(answer.message())
                    .message(ChatMessage.tool("call_0", "{\"rate\":1.0842}"))
                    .tool(FX)
                    .build());
        }
        server.verify(
                postRequestedFor(urlEqualTo(Fixtures.GENERATE))
                        .withRequestBody(
                                equalToJson(
                                        """
                        {"tools":[{"functionDeclarations":[{"name":"get_fx_rate",
                           "description":"Spot rate of a currency pair",
                           "parameters":{"type":"object","properties":{"pair":{"type":"string"}}}}]}],
                         "contents":[{"role":"user","parts":[{"text":"EURUSD?"}]},
                           {"role":"model","parts":[{"text":"Checking."},
                             {"functionCall":{"name":"get_fx_rate","args":{"pair":"EURUSD"}}}]},
                           {"role":"user","parts":[{"functionResponse":{"name":"get_fx_rate",
                             "response":{"rate":1.0842}}}]}]}
                        """)));
    }

    @Test
    void aToolResultForAnUnknownCallIsRejectedBeforeSending() {
        try (AiConnection connection = connect()) {
            assertThatThrownBy(() -> connection.chat(ChatRequest.builder()
                            .message(ChatMessage.user("EURUSD?"))
                            .message(ChatMessage.tool("call_7", "1.08"))
                            .build()))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("call_7");
        }
        assertThat(server.getAllServeEvents()).isEmpty();
    }

    @Test
    void jsonSchemaBecomesResponseMimeTypeAndSchema() {
        server.stubFor(post(Fixtures.GENERATE)
                .withRequestBody(
                        equalToJson(
                                """
                        {"contents":[{"role":"user","parts":[{"text":"Rate ACME"}]}],
                         "generationConfig":{"responseMimeType":"application/json",
                           "responseSchema":{"type":"object","properties":{"grade":{"type":"string"}}}}}
                        """))
                .willReturn(okJson(Fixtures.response("{\"text\":\"{\\\"grade\\\":\\\"A\\\"}\"}", "STOP"))));

        try (AiConnection connection = connect()) {
            ChatResponse answer = connection.chat(ChatRequest.builder()
                    .message(ChatMessage.user("Rate ACME"))
                    .responseFormat(ResponseFormat.jsonSchema(
                            "rating", "{\"type\":\"object\",\"properties\":{\"grade\":{\"type\":\"string\"}}}"))
                    .build());
            assertThat(answer.content()).isEqualTo("{\"grade\":\"A\"}");
            assertThat(answer.finishReason()).isEqualTo(FinishReason.STOP);
        }
    }

    @Test
    void modelsAreListedAcrossPagesWithoutTheModelsPrefix() {
        server.stubFor(get(urlPathEqualTo("/v1beta/models"))
                .withHeader("x-goog-api-key", equalTo(Fixtures.KEY))
                .withQueryParam("pageToken", absent())
                .willReturn(okJson("{\"models\":[{\"name\":\"models/gemini-2.5-pro\"}],\"nextPageToken\":\"p2\"}")));
        server.stubFor(get(urlPathEqualTo("/v1beta/models"))
                .withQueryParam("pageToken", equalTo("p2"))
                .willReturn(okJson("{\"models\":[{\"name\":\"models/gemini-2.5-flash\"}]}")));

        try (AiConnection connection = connect()) {
            assertThat(connection.models())
                    .extracting(ModelInfo::id)
                    .containsExactly("gemini-2.5-pro", "gemini-2.5-flash");
            assertThat(connection.health().up()).isTrue();
        }
    }

    @Test
    void embeddingsUseOneBatchCallInInputOrder() {
        server.stubFor(post("/v1beta/models/gemini-embedding-001:batchEmbedContents")
                .withRequestBody(
                        equalToJson(
                                """
                        {"requests":[
                          {"model":"models/gemini-embedding-001","content":{"parts":[{"text":"alpha"}]}},
                          {"model":"models/gemini-embedding-001","content":{"parts":[{"text":"beta"}]}}]}
                        """))
                .willReturn(okJson("{\"embeddings\":[{\"values\":[0.5,-1.0]},{\"values\":[0.25,2.0]}]}")));

        try (AiConnection connection = connect()) {
            assertThat(connection.supportsEmbeddings()).isTrue();
            List<Embedding> embeddings = connection
                    .embed(EmbeddingRequest.of(List.of("alpha", "beta")))
                    .embeddings();
            assertThat(embeddings)
                    .containsExactly(
                            new Embedding(0, new float[] {0.5f, -1.0f}), new Embedding(1, new float[] {0.25f, 2.0f}));
        }
    }

    @Test
    void settingsRequireAKeyAndNeverShowIt() {
        assertThatThrownBy(() -> Fixtures.provider()
                        .connect(
                                AiProviderSettings.of(Map.of("base-url", "ftp://x", "read-timeout", "soon"), Map.of())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::path)
                        .containsExactlyInAnyOrder("api-key", "base-url", "read-timeout"));
        try (AiConnection connection = connect()) {
            assertThat(connection.toString()).doesNotContain(Fixtures.KEY);
        }
        assertThat(Fixtures.provider().configOptions())
                .filteredOn(o -> o.name().equals("api-key"))
                .singleElement()
                .satisfies(o -> assertThat(o.secret()).isTrue());
    }
}
