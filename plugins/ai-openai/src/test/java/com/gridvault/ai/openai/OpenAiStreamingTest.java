package com.gridvault.ai.openai;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.gridvault.plugin.api.ai.AiConnection;
import com.gridvault.plugin.api.ai.AiProviderException;
import com.gridvault.plugin.api.ai.AiProviderException.Kind;
import com.gridvault.plugin.api.ai.ChatDelta;
import com.gridvault.plugin.api.ai.ChatResponse;
import com.gridvault.plugin.api.ai.ChatStream;
import com.gridvault.plugin.api.ai.FinishReason;
import com.gridvault.plugin.api.ai.TokenUsage;
import com.gridvault.plugin.api.ai.ToolCall;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class OpenAiStreamingTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    private final List<ChatDelta> deltas = new CopyOnWriteArrayList<>();

    private static ResponseDefinitionBuilder sse(String body) {
        return aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "text/event-stream")
                .withBody(body);
    }

    private ChatResponse stream(AiConnection connection) {
        return connection.stream(Fixtures.hello(), deltas::add)
                .result()
                .toCompletableFuture()
                .orTimeout(5, TimeUnit.SECONDS)
                .join();
    }

    private AiProviderException streamFailure(AiConnection connection) {
        ChatStream stream = connection.stream(Fixtures.hello(), deltas::add);
        Throwable failure = stream.result()
                .toCompletableFuture()
                .orTimeout(5, TimeUnit.SECONDS)
                .handle((ok, error) -> error)
                .join();
        assertThat(stream.isDone()).isTrue();
        assertThat(failure).isInstanceOf(CompletionException.class).hasCauseInstanceOf(AiProviderException.class);
        return (AiProviderException) failure.getCause();
    }

    @Test
    void assemblesTextDeltasInOrderWithUsageFromTheLastChunk() {
        server.stubFor(post("/v1/chat/completions")
                .withHeader("Accept", equalTo("text/event-stream"))
                .withRequestBody(equalToJson(
                        "{\"model\":\"gpt-4o-mini\",\"stream\":true,\"stream_options\":{\"include_usage\":true}}",
                        true,
                        true))
                .willReturn(sse(Fixtures.sse(
                        true,
                        Fixtures.textChunk(""),
                        Fixtures.textChunk("The "),
                        Fixtures.textChunk("rate is "),
                        Fixtures.textChunk("1.08."),
                        Fixtures.finishChunk("stop"),
                        Fixtures.usageChunk(12, 5)))));

        try (AiConnection connection = Fixtures.openAi(server.baseUrl() + "/v1")) {
            ChatResponse answer = stream(connection);

            assertThat(deltas).extracting(ChatDelta::content).containsExactly("The ", "rate is ", "1.08.");
            assertThat(answer.content()).isEqualTo("The rate is 1.08.");
            assertThat(answer.finishReason()).isEqualTo(FinishReason.STOP);
            assertThat(answer.usage()).isEqualTo(new TokenUsage(12, 5));
        }
    }

    @Test
    void assemblesToolCallsWhoseArgumentsAreSplitAcrossChunks() {
        String first =
                """
                {"choices":[{"index":0,"delta":{"role":"assistant","content":null,"tool_calls":[{"index":0,"id":"call_1",\
                "type":"function","function":{"name":"get_fx_rate","arguments":""}}]},"finish_reason":null}]}""";
        String second =
                """
                {"choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":"{\\"pa"}}]},\
                "finish_reason":null}]}""";
        String third =
                """
                {"choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":"ir\\":\\"EURUSD\\"}"}},\
                {"index":1,"id":"call_2","type":"function","function":{"name":"get_time","arguments":"{}"}}]},\
                "finish_reason":null}]}""";
        server.stubFor(post("/v1/chat/completions")
                .willReturn(sse(Fixtures.sse(true, first, second, third, Fixtures.finishChunk("tool_calls")))));

        try (AiConnection connection = Fixtures.openAi(server.baseUrl() + "/v1", "stream-usage", "false")) {
            ChatResponse answer = stream(connection);

            assertThat(answer.finishReason()).isEqualTo(FinishReason.TOOL_CALLS);
            assertThat(answer.message().toolCalls())
                    .containsExactly(
                            new ToolCall("call_1", "get_fx_rate", "{\"pair\":\"EURUSD\"}"),
                            new ToolCall("call_2", "get_time", "{}"));
            assertThat(answer.usage()).isEqualTo(TokenUsage.UNKNOWN);
            assertThat(deltas).flatExtracting(ChatDelta::toolCalls).hasSize(4);
        }
        server.verify(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                        com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo("/v1/chat/completions"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.notContaining("stream_options")));
    }

    @Test
    void aStreamThatEndsBeforeDoneFailsInsteadOfPassingForComplete() {
        server.stubFor(post("/v1/chat/completions")
                .willReturn(sse(Fixtures.sse(false, Fixtures.textChunk("Partial "), Fixtures.textChunk("answer")))));

        try (AiConnection connection = Fixtures.openAi(server.baseUrl() + "/v1")) {
            AiProviderException failure = streamFailure(connection);

            assertThat(failure.kind()).isEqualTo(Kind.UNAVAILABLE);
            assertThat(failure).hasMessageContaining("before [DONE]");
            assertThat(deltas).extracting(ChatDelta::content).containsExactly("Partial ", "answer");
        }
    }

    @Test
    void aStreamThatFallsSilentLongerThanTheReadTimeoutTimesOut() {
        server.stubFor(post("/v1/chat/completions")
                .willReturn(sse(Fixtures.sse(true, Fixtures.textChunk("a"), Fixtures.textChunk("b")))
                        .withChunkedDribbleDelay(2, 2_000)));

        try (AiConnection connection = Fixtures.openAi(server.baseUrl() + "/v1", "read-timeout", "PT0.4S")) {
            long start = System.nanoTime();
            AiProviderException failure = streamFailure(connection);

            assertThat(failure.kind()).isEqualTo(Kind.TIMEOUT);
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(1_900);
        }
    }

    @Test
    void anErrorStatusFailsTheStreamWithItsKind() {
        server.stubFor(post("/v1/chat/completions")
                .willReturn(aResponse()
                        .withStatus(429)
                        .withHeader("Retry-After", "7")
                        .withBody("{\"error\":{\"message\":\"Rate limit reached\",\"type\":\"requests\"}}")));

        try (AiConnection connection = Fixtures.openAi(server.baseUrl() + "/v1")) {
            AiProviderException failure = streamFailure(connection);

            assertThat(failure.kind()).isEqualTo(Kind.RATE_LIMITED);
            assertThat(failure.retryAfter()).contains(java.time.Duration.ofSeconds(7));
            assertThat(deltas).isEmpty();
        }
    }

    @Test
    void aContentFilterFinishFailsTheStream() {
        server.stubFor(post("/v1/chat/completions")
                .willReturn(
                        sse(Fixtures.sse(true, Fixtures.textChunk("Some"), Fixtures.finishChunk("content_filter")))));

        try (AiConnection connection = Fixtures.openAi(server.baseUrl() + "/v1")) {
            assertThat(streamFailure(connection).kind()).isEqualTo(Kind.CONTENT_FILTERED);
        }
    }

    @Test
    void anErrorObjectInsideTheStreamFailsIt() {
        server.stubFor(post("/v1/chat/completions")
                .willReturn(sse(Fixtures.sse(
                        false,
                        Fixtures.textChunk("Hi"),
                        "{\"error\":{\"message\":\"The server had an error while processing your request.\","
                                + "\"type\":\"server_error\"}}"))));

        try (AiConnection connection = Fixtures.openAi(server.baseUrl() + "/v1")) {
            AiProviderException failure = streamFailure(connection);
            assertThat(failure.kind()).isEqualTo(Kind.UNAVAILABLE);
            assertThat(failure).hasMessageContaining("The server had an error");
        }
    }
}
