package com.gridvault.ai.gemini;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.gridvault.plugin.api.ai.AiConnection;
import com.gridvault.plugin.api.ai.AiProviderException;
import com.gridvault.plugin.api.ai.AiProviderException.Kind;
import com.gridvault.plugin.api.ai.ChatDelta;
import com.gridvault.plugin.api.ai.ChatResponse;
import com.gridvault.plugin.api.ai.FinishReason;
import com.gridvault.plugin.api.ai.TokenUsage;
import com.gridvault.plugin.api.ai.ToolCall;
import com.gridvault.plugin.api.ai.ToolCallDelta;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class GeminiStreamingTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    private final List<ChatDelta> deltas = new CopyOnWriteArrayList<>();

    private void serve(String body) {
        server.stubFor(post(urlEqualTo(Fixtures.STREAM))
                .withHeader("x-goog-api-key", equalTo(Fixtures.KEY))
                .withRequestBody(equalToJson("{\"contents\":[{\"role\":\"user\",\"parts\":[{\"text\":\"Hello\"}]}]}"))
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
        Throwable failure = catchThrowable(this::stream);
        assertThat(failure).isInstanceOf(CompletionException.class).hasCauseInstanceOf(AiProviderException.class);
        return (AiProviderException) failure.getCause();
    }

    @Test
    void assemblesChunksInOrderWithUsageFromTheLastChunk() {
        serve(Fixtures.sse(
                Fixtures.textChunk("The rate "),
                Fixtures.textChunk("is "),
                Fixtures.lastChunk("1.08.", "STOP", 25, 15)));

        ChatResponse answer = stream();

        assertThat(deltas).extracting(ChatDelta::content).containsExactly("The rate ", "is ", "1.08.");
        assertThat(answer.content()).isEqualTo("The rate is 1.08.");
        assertThat(answer.finishReason()).isEqualTo(FinishReason.STOP);
        assertThat(answer.usage()).isEqualTo(new TokenUsage(25, 15));
        assertThat(answer.model()).isEqualTo("gemini-2.5-flash-001");
    }

    @Test
    void functionCallsArriveWholeInOneDelta() {
        serve(Fixtures.sse(
                Fixtures.textChunk("Let me check."),
                "{\"candidates\":[{\"content\":{\"role\":\"model\",\"parts\":[{\"functionCall\":{\"name\":"
                        + "\"get_fx_rate\",\"args\":{\"pair\":\"EURUSD\"}}}]},\"finishReason\":\"STOP\"}],"
                        + "\"usageMetadata\":{\"promptTokenCount\":40,\"candidatesTokenCount\":30}}"));

        ChatResponse answer = stream();

        assertThat(answer.finishReason()).isEqualTo(FinishReason.TOOL_CALLS);
        assertThat(answer.content()).isEqualTo("Let me check.");
        assertThat(answer.message().toolCalls())
                .containsExactly(new ToolCall("call_0", "get_fx_rate", "{\"pair\":\"EURUSD\"}"));
        assertThat(deltas)
                .flatExtracting(ChatDelta::toolCalls)
                .containsExactly(new ToolCallDelta(0, "call_0", "get_fx_rate", "{\"pair\":\"EURUSD\"}"));
    }

    @Test
    void aStreamThatEndsWithoutAFinishReasonIsTruncated() {
        serve(Fixtures.sse(Fixtures.textChunk("Partial"), Fixtures.textChunk(" answer")));

        AiProviderException failure = streamFailure();

        assertThat(failure.kind()).isEqualTo(Kind.UNAVAILABLE);
        assertThat(failure).hasMessageContaining("incomplete");
        assertThat(deltas).extracting(ChatDelta::content).containsExactly("Partial", " answer");
    }

    @Test
    void aSafetyStopMidStreamIsContentFiltered() {
        serve(Fixtures.sse(
                Fixtures.textChunk("Here is how"),
                "{\"candidates\":[{\"content\":{\"role\":\"model\",\"parts\":[]},\"finishReason\":\"SAFETY\"}]}"));

        assertThat(streamFailure().kind()).isEqualTo(Kind.CONTENT_FILTERED);
    }

    @Test
    void anErrorChunkFailsTheStream() {
        serve(Fixtures.sse(
                Fixtures.textChunk("Partial"),
                Fixtures.error(503, "UNAVAILABLE", "The model is overloaded. Please try again later.", "")));

        AiProviderException failure = streamFailure();

        assertThat(failure.kind()).isEqualTo(Kind.UNAVAILABLE);
        assertThat(failure).hasMessageContaining("overloaded");
    }

    @Test
    void anHttpErrorFailsTheResult() {
        server.stubFor(post(urlEqualTo(Fixtures.STREAM))
                .willReturn(aResponse()
                        .withStatus(429)
                        .withHeader("Retry-After", "7")
                        .withBody(Fixtures.error(429, "RESOURCE_EXHAUSTED", "Quota exceeded", ""))));

        AiProviderException failure = streamFailure();

        assertThat(failure.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(failure.retryAfter())
                .hasValueSatisfying(d -> assertThat(d.getSeconds()).isEqualTo(7));
    }

    @Test
    void aStreamThatFallsSilentLongerThanTheReadTimeoutTimesOut() {
        server.stubFor(post(urlEqualTo(Fixtures.STREAM))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "text/event-stream")
                        .withBody(Fixtures.sse(Fixtures.textChunk("a"), Fixtures.lastChunk("b", "STOP", 1, 2)))
                        .withChunkedDribbleDelay(2, 2_000)));
        long start = System.nanoTime();
        Throwable failure;
        try (AiConnection connection = Fixtures.connect(server.baseUrl(), "read-timeout", "PT0.4S")) {
            failure = catchThrowable(() -> connection.stream(Fixtures.hello(), deltas::add)
                    .result()
                    .toCompletableFuture()
                    .orTimeout(5, TimeUnit.SECONDS)
                    .join());
        }
        assertThat(failure.getCause()).isInstanceOfSatisfying(AiProviderException.class, e -> assertThat(e.kind())
                .isEqualTo(Kind.TIMEOUT));
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(1_900);
    }
}
