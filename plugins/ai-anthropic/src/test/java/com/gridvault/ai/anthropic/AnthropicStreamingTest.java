package com.gridvault.ai.anthropic;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.gridvault.plugin.api.ai.AiConnection;
import com.gridvault.plugin.api.ai.AiProviderException;
import com.gridvault.plugin.api.ai.AiProviderException.Kind;
import com.gridvault.plugin.api.ai.ChatDelta;
import com.gridvault.plugin.api.ai.ChatResponse;
import com.gridvault.plugin.api.ai.FinishReason;
import com.gridvault.plugin.api.ai.TokenUsage;
import com.gridvault.plugin.api.ai.ToolCall;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AnthropicStreamingTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    private final List<ChatDelta> deltas = new CopyOnWriteArrayList<>();

    private void serve(String body) {
        server.stubFor(post("/v1/messages")
                .withRequestBody(equalToJson("{\"stream\":true}", true, true))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "text/event-stream")
                        .withBody(body)));
    }

    private ChatResponse stream() {
        try (AiConnection connection = Fixtures.connect(server.baseUrl())) {
            return connection.stream(Fixtures.hello(), deltas::add)
                    .result()
                    .toCompletableFuture()
                    .orTimeout(5, TimeUnit.SECONDS)
                    .join();
        }
    }

    private AiProviderException streamFailure() {
        Throwable failure = org.assertj.core.api.Assertions.catchThrowable(this::stream);
        assertThat(failure).isInstanceOf(CompletionException.class).hasCauseInstanceOf(AiProviderException.class);
        return (AiProviderException) failure.getCause();
    }

    @Test
    void assemblesTextEventsInOrderWithUsage() {
        serve(Fixtures.sse(
                Fixtures.messageStart(25),
                Fixtures.textStart(0),
                "{\"type\": \"ping\"}",
                Fixtures.textDelta(0, "The rate "),
                Fixtures.textDelta(0, "is 1.08."),
                Fixtures.blockStop(0),
                Fixtures.messageDelta("end_turn", 15),
                Fixtures.messageStop()));

        ChatResponse answer = stream();

        assertThat(deltas).extracting(ChatDelta::content).containsExactly("The rate ", "is 1.08.");
        assertThat(answer.content()).isEqualTo("The rate is 1.08.");
        assertThat(answer.finishReason()).isEqualTo(FinishReason.STOP);
        assertThat(answer.usage()).isEqualTo(new TokenUsage(25, 15));
    }

    @Test
    void assemblesToolUseFromPartialJson() {
        serve(Fixtures.sse(
                Fixtures.messageStart(40),
                Fixtures.textStart(0),
                Fixtures.textDelta(0, "Let me check."),
                Fixtures.blockStop(0),
                "{\"type\":\"content_block_start\",\"index\":1,\"content_block\":{\"type\":\"tool_use\","
                        + "\"id\":\"toolu_01\",\"name\":\"get_fx_rate\",\"input\":{}}}",
                "{\"type\":\"content_block_delta\",\"index\":1,\"delta\":{\"type\":\"input_json_delta\","
                        + "\"partial_json\":\"{\\\"pa\"}}",
                "{\"type\":\"content_block_delta\",\"index\":1,\"delta\":{\"type\":\"input_json_delta\","
                        + "\"partial_json\":\"ir\\\": \\\"EURUSD\\\"}\"}}",
                Fixtures.blockStop(1),
                Fixtures.messageDelta("tool_use", 30),
                Fixtures.messageStop()));

        ChatResponse answer = stream();

        assertThat(answer.finishReason()).isEqualTo(FinishReason.TOOL_CALLS);
        assertThat(answer.content()).isEqualTo("Let me check.");
        assertThat(answer.message().toolCalls())
                .containsExactly(new ToolCall("toolu_01", "get_fx_rate", "{\"pair\": \"EURUSD\"}"));
        assertThat(deltas).flatExtracting(ChatDelta::toolCalls).hasSize(3);
    }

    @Test
    void aStreamThatEndsBeforeMessageStopFails() {
        serve(Fixtures.sse(Fixtures.messageStart(5), Fixtures.textStart(0), Fixtures.textDelta(0, "Partial")));

        AiProviderException failure = streamFailure();

        assertThat(failure.kind()).isEqualTo(Kind.UNAVAILABLE);
        assertThat(failure).hasMessageContaining("before message_stop");
        assertThat(deltas).extracting(ChatDelta::content).containsExactly("Partial");
    }

    @Test
    void aStreamThatFallsSilentLongerThanTheReadTimeoutTimesOut() {
        server.stubFor(post("/v1/messages")
                .willReturn(aResponse()
                        .withHeader("Content-Type", "text/event-stream")
                        .withBody(Fixtures.sse(Fixtures.messageStart(5), Fixtures.messageStop()))
                        .withChunkedDribbleDelay(2, 2_000)));
        long start = System.nanoTime();
        Throwable failure;
        try (AiConnection connection = Fixtures.connect(server.baseUrl(), "read-timeout", "PT0.4S")) {
            failure = org.assertj.core.api.Assertions.catchThrowable(
                    () -> connection.stream(Fixtures.hello(), deltas::add)
                            .result()
                            .toCompletableFuture()
                            .orTimeout(5, TimeUnit.SECONDS)
                            .join());
        }
        assertThat(failure.getCause()).isInstanceOfSatisfying(AiProviderException.class, e -> assertThat(e.kind())
                .isEqualTo(Kind.TIMEOUT));
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(1_900);
    }

    @Test
    void anErrorEventFailsTheStream() {
        serve(Fixtures.sse(
                Fixtures.messageStart(5),
                "{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}"));

        AiProviderException failure = streamFailure();

        assertThat(failure.kind()).isEqualTo(Kind.UNAVAILABLE);
        assertThat(failure).hasMessageContaining("overloaded_error");
    }
}
