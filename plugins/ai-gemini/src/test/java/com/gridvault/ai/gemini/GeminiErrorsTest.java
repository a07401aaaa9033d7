package com.gridvault.ai.gemini;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.gridvault.plugin.api.ai.AiConnection;
import com.gridvault.plugin.api.ai.AiProviderException;
import com.gridvault.plugin.api.ai.AiProviderException.Kind;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Error bodies as documented at https://ai.google.dev/gemini-api/docs/troubleshooting. */
class GeminiErrorsTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    private static final String RETRY_INFO =
            "{\"@type\":\"type.googleapis.com/google.rpc.RetryInfo\",\"retryDelay\":\"37.5s\"}";

    private AiProviderException failure(ResponseDefinitionBuilder response) {
        server.stubFor(post(Fixtures.GENERATE).willReturn(response));
        try (AiConnection connection = Fixtures.connect(server.baseUrl())) {
            return failure(connection);
        }
    }

    private static AiProviderException failure(AiConnection connection) {
        Throwable thrown = catchThrowable(() -> connection.chat(Fixtures.hello()));
        assertThat(thrown).isInstanceOf(AiProviderException.class);
        assertThat(thrown.getMessage()).doesNotContain(Fixtures.KEY);
        return (AiProviderException) thrown;
    }

    private static ResponseDefinitionBuilder error(int status, String grpcStatus, String message, String details) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody(Fixtures.error(status, grpcStatus, message, details));
    }

    @Test
    void rateLimitPrefersTheRetryAfterHeader() {
        AiProviderException limited =
                failure(error(429, "RESOURCE_EXHAUSTED", "You exceeded your current quota", RETRY_INFO)
                        .withHeader("Retry-After", "15"));

        assertThat(limited.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(limited.httpStatus()).isEqualTo(429);
        assertThat(limited.retryAfter()).contains(Duration.ofSeconds(15));
        assertThat(limited).hasMessageContaining("RESOURCE_EXHAUSTED");
    }

    @Test
    void rateLimitFallsBackToRetryInfo() {
        AiProviderException limited =
                failure(error(429, "RESOURCE_EXHAUSTED", "You exceeded your current quota", RETRY_INFO));

        assertThat(limited.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(limited.retryAfter()).contains(Duration.ofMillis(37_500));
    }

    @Test
    void authenticationFailures() {
        assertThat(failure(error(401, "UNAUTHENTICATED", "Request had invalid authentication credentials.", ""))
                        .kind())
                .isEqualTo(Kind.AUTHENTICATION);
        assertThat(failure(error(403, "PERMISSION_DENIED", "Method doesn't allow unregistered callers.", ""))
                        .kind())
                .isEqualTo(Kind.AUTHENTICATION);
        // Gemini reports a wrong key as 400 INVALID_ARGUMENT with reason API_KEY_INVALID
        assertThat(failure(error(
                                400,
                                "INVALID_ARGUMENT",
                                "API key not valid. Please pass a valid API key.",
                                "{\"@type\":\"type.googleapis.com/google.rpc.ErrorInfo\",\"reason\":\"API_KEY_INVALID\","
                                        + "\"domain\":\"googleapis.com\"}"))
                        .kind())
                .isEqualTo(Kind.AUTHENTICATION);
    }

    @Test
    void badRequestsAndContextTooLong() {
        assertThat(failure(error(
                                400,
                                "INVALID_ARGUMENT",
                                "The input token count (1200000) exceeds the maximum number of tokens allowed"
                                        + " (1048576).",
                                ""))
                        .kind())
                .isEqualTo(Kind.CONTEXT_TOO_LONG);
        AiProviderException bad = failure(error(
                400, "INVALID_ARGUMENT", "Invalid value at 'generation_config.max_output_tokens' (TYPE_INT32)", ""));
        assertThat(bad.kind()).isEqualTo(Kind.BAD_REQUEST);
        assertThat(bad.kind().retryable()).isFalse();
        assertThat(failure(error(404, "NOT_FOUND", "models/gemini-9 is not found for API version v1beta", ""))
                        .kind())
                .isEqualTo(Kind.BAD_REQUEST);
    }

    @Test
    void serverErrorsAreUnavailable() {
        AiProviderException internal = failure(error(500, "INTERNAL", "An internal error has occurred.", ""));
        assertThat(internal.kind()).isEqualTo(Kind.UNAVAILABLE);
        assertThat(internal.httpStatus()).isEqualTo(500);
        assertThat(failure(error(503, "UNAVAILABLE", "The model is overloaded.", ""))
                        .kind())
                .isEqualTo(Kind.UNAVAILABLE);
        assertThat(failure(aResponse().withStatus(502).withBody("<html>Bad Gateway</html>"))
                        .kind())
                .isEqualTo(Kind.UNAVAILABLE);
    }

    @Test
    void safetyBlocksAreContentFiltered() {
        AiProviderException answer = failure(
                okJson("{\"candidates\":[{\"finishReason\":\"SAFETY\",\"index\":0,\"safetyRatings\":[{\"category\":"
                        + "\"HARM_CATEGORY_DANGEROUS_CONTENT\",\"probability\":\"HIGH\",\"blocked\":true}]}]}"));
        assertThat(answer.kind()).isEqualTo(Kind.CONTENT_FILTERED);
        assertThat(answer).hasMessageContaining("SAFETY");

        AiProviderException prompt = failure(okJson("{\"promptFeedback\":{\"blockReason\":\"PROHIBITED_CONTENT\"},"
                + "\"usageMetadata\":{\"promptTokenCount\":8,\"totalTokenCount\":8}}"));
        assertThat(prompt.kind()).isEqualTo(Kind.CONTENT_FILTERED);
        assertThat(prompt).hasMessageContaining("prompt").hasMessageContaining("PROHIBITED_CONTENT");
    }

    @Test
    void aSlowAnswerTimesOut() {
        assertThat(failure(okJson(Fixtures.response("{\"text\":\"late\"}", "STOP"))
                                .withFixedDelay(3_000))
                        .kind())
                .isEqualTo(Kind.TIMEOUT);
    }

    @Test
    void aRefusedConnectionIsUnavailable() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        try (AiConnection connection = Fixtures.connect("http://127.0.0.1:" + port)) {
            AiProviderException refused = failure(connection);
            assertThat(refused.kind()).isEqualTo(Kind.UNAVAILABLE);
            assertThat(refused.httpStatus()).isZero();
            assertThat(connection.health().failure()).isEqualTo(Kind.UNAVAILABLE);
        }
    }
}
