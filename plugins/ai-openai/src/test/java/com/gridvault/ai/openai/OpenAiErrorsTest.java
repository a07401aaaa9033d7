package com.gridvault.ai.openai;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.gridvault.plugin.api.ai.AiConnection;
import com.gridvault.plugin.api.ai.AiProviderException;
import com.gridvault.plugin.api.ai.AiProviderException.Kind;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class OpenAiErrorsTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    private AiProviderException chatFailure(ResponseDefinitionBuilder response) {
        server.stubFor(post("/v1/chat/completions").willReturn(response));
        try (AiConnection connection = Fixtures.openAi(server.baseUrl() + "/v1")) {
            Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> connection.chat(Fixtures.hello()));
            assertThat(thrown).isInstanceOf(AiProviderException.class);
            assertThat(thrown.getMessage()).doesNotContain(Fixtures.KEY);
            return (AiProviderException) thrown;
        }
    }

    private static ResponseDefinitionBuilder error(int status, String body) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody(body);
    }

    @Test
    void tooManyRequestsIsRateLimitedWithRetryAfterSeconds() {
        AiProviderException e = chatFailure(error(
                        429,
                        "{\"error\":{\"message\":\"Rate limit reached for gpt-4o-mini\",\"type\":\"requests\","
                                + "\"code\":\"rate_limit_exceeded\"}}")
                .withHeader("Retry-After", "20"));

        assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(e.kind().retryable()).isTrue();
        assertThat(e.httpStatus()).isEqualTo(429);
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(20));
        assertThat(e).hasMessageContaining("Rate limit reached");
    }

    @Test
    void tooManyRequestsWithAnHttpDateRetryAfter() {
        String in30s = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(30));
        AiProviderException e = chatFailure(error(429, "{}").withHeader("Retry-After", in30s));

        assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
        // the HTTP-date has whole seconds, and a little time passes before it is read
        assertThat(e.retryAfter().orElseThrow().toMillis()).isBetween(27_000L, 30_000L);
    }

    @Test
    void tooManyRequestsWithoutRetryAfterHasNone() {
        assertThat(chatFailure(error(429, "")).retryAfter()).isEmpty();
    }

    @Test
    void rejectedKeyIsAuthentication() {
        AiProviderException e = chatFailure(error(
                401,
                "{\"error\":{\"message\":\"Incorrect API key provided: sk-test-***6789.\",\"type\":"
                        + "\"invalid_request_error\",\"param\":null,\"code\":\"invalid_api_key\"}}"));
        assertThat(e.kind()).isEqualTo(Kind.AUTHENTICATION);
        assertThat(e.kind().retryable()).isFalse();
        assertThat(chatFailure(error(403, "{\"error\":{\"message\":\"forbidden\"}}"))
                        .kind())
                .isEqualTo(Kind.AUTHENTICATION);
    }

    @Test
    void serverErrorsAreUnavailable() {
        AiProviderException e = chatFailure(error(500, "{\"error\":{\"message\":\"The server had an error\"}}"));
        assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE);
        assertThat(chatFailure(error(503, "upstream overloaded")).kind()).isEqualTo(Kind.UNAVAILABLE);
    }

    @Test
    void contextLengthIsRecognisedFromOpenAiCodeAndVllmMessage() {
        AiProviderException openAi = chatFailure(error(
                400,
                "{\"error\":{\"message\":\"This model's maximum context length is 128000 tokens. However, your"
                        + " messages resulted in 130000 tokens.\",\"type\":\"invalid_request_error\",\"param\":"
                        + "\"messages\",\"code\":\"context_length_exceeded\"}}"));
        AiProviderException vllm = chatFailure(error(
                400,
                "{\"object\":\"error\",\"message\":\"This model's maximum context length is 8192 tokens. However,"
                        + " you requested 9000 tokens.\",\"type\":\"BadRequestError\",\"code\":400}"));

        assertThat(openAi.kind()).isEqualTo(Kind.CONTEXT_TOO_LONG);
        assertThat(vllm.kind()).isEqualTo(Kind.CONTEXT_TOO_LONG);
    }

    @Test
    void azureContentFilterErrorAndFinishReasonAreContentFiltered() {
        AiProviderException azure = chatFailure(
                error(
                        400,
                        "{\"error\":{\"message\":\"The response was filtered due to the prompt triggering Azure OpenAI's"
                                + " content management policy.\",\"type\":null,\"param\":\"prompt\",\"code\":"
                                + "\"content_filter\",\"status\":400,\"innererror\":{\"code\":\"ResponsibleAIPolicyViolation\"}}}"));
        AiProviderException finish = chatFailure(okJson(Fixtures.completion("", "content_filter")));

        assertThat(azure.kind()).isEqualTo(Kind.CONTENT_FILTERED);
        assertThat(finish.kind()).isEqualTo(Kind.CONTENT_FILTERED);
    }

    @Test
    void otherClientErrorsAreBadRequest() {
        AiProviderException e = chatFailure(error(
                404, "{\"error\":{\"message\":\"The model `gpt-9` does not exist\",\"code\":\"model_not_found\"}}"));
        assertThat(e.kind()).isEqualTo(Kind.BAD_REQUEST);
        assertThat(e).hasMessageContaining("model_not_found");
    }

    @Test
    void aResponseSlowerThanTheReadTimeoutIsTimeout() {
        long start = System.nanoTime();
        AiProviderException e =
                chatFailure(okJson(Fixtures.completion("late", "stop")).withFixedDelay(4_000));

        assertThat(e.kind()).isEqualTo(Kind.TIMEOUT);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(3_500));
    }

    @Test
    void aRefusedConnectionIsUnavailable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        try (AiConnection connection = Fixtures.openAi("http://127.0.0.1:" + closedPort + "/v1")) {
            assertThatThrownBy(() -> connection.chat(Fixtures.hello()))
                    .isInstanceOfSatisfying(
                            AiProviderException.class, e -> assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE));
            assertThatThrownBy(connection::models).isInstanceOf(AiProviderException.class);
        }
    }

    @Test
    void retryAfterParsesSecondsDatesAndRejectsGarbage() {
        Instant now = Instant.parse("2026-11-22T05:00:00Z");
        assertThat(ErrorMapper.parseRetryAfter("120", now)).isEqualTo(Duration.ofSeconds(120));
        assertThat(ErrorMapper.parseRetryAfter("0.5", now)).isEqualTo(Duration.ofMillis(500));
        // RFC 9110 section 10.2.3 example format, 90 s after "now"
        assertThat(ErrorMapper.parseRetryAfter("Sun, 22 Nov 2026 05:01:30 GMT", now))
                .isEqualTo(Duration.ofSeconds(90));
        assertThat(ErrorMapper.parseRetryAfter("Sun, 22 Nov 2026 04:59:00 GMT", now))
                .isEqualTo(Duration.ZERO);
        assertThat(ErrorMapper.parseRetryAfter("soon", now)).isNull();
    }
}
