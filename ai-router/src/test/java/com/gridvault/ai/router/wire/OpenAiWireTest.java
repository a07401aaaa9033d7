package com.gridvault.ai.router.wire;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.gridvault.ai.openai.OpenAiCompatibleProvider;
import com.gridvault.ai.router.AiRouter;
import com.gridvault.ai.router.Attempt;
import com.gridvault.ai.router.CallContext;
import com.gridvault.ai.router.ProviderRoute;
import com.gridvault.ai.router.RoutedResponse;
import com.gridvault.ai.router.RoutingPolicy;
import com.gridvault.ai.router.TaskKind;
import com.gridvault.ai.router.usage.CallOutcome;
import com.gridvault.ai.router.usage.InMemoryUsageLedger;
import com.gridvault.ai.router.usage.ModelPrice;
import com.gridvault.ai.router.usage.PriceBook;
import com.gridvault.plugin.api.EventPublisher;
import com.gridvault.plugin.api.PluginContext;
import com.gridvault.plugin.api.SecretAccessor;
import com.gridvault.plugin.api.ai.AiConnection;
import com.gridvault.plugin.api.ai.AiProviderSettings;
import com.gridvault.plugin.api.ai.ChatMessage;
import com.gridvault.plugin.api.ai.ChatRequest;
import com.gridvault.plugin.api.config.PluginConfig;
import java.lang.System.Logger;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The router over the real OpenAI-compatible plugin classes and real HTTP: the plugin maps a 429
 * with {@code Retry-After: 1} to a rate-limit error carrying one second, and the router waits
 * exactly that (on a recording sleeper) before the second request succeeds.
 */
class OpenAiWireTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    /** A documented Chat Completions answer (https://platform.openai.com/docs/api-reference/chat/object). */
    private static final String COMPLETION =
            """
            {"id":"chatcmpl-1","object":"chat.completion","created":1741570283,"model":"gpt-4o-mini-2024-07-18",
             "choices":[{"index":0,"message":{"role":"assistant","content":"Revenue grew 12%.","refusal":null},
                         "logprobs":null,"finish_reason":"stop"}],
             "usage":{"prompt_tokens":19,"completion_tokens":10,"total_tokens":29}}
            """;

    @Test
    void aRateLimitWithRetryAfterIsWaitedOutThenTheAnswerIsRecorded() {
        server.stubFor(post("/v1/chat/completions")
                .inScenario("rate limit")
                .whenScenarioStateIs(STARTED)
                .willReturn(aResponse()
                        .withStatus(429)
                        .withHeader("Retry-After", "1")
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"message\":\"Rate limit reached\",\"type\":\"requests\"}}"))
                .willSetStateTo("cooled down"));
        server.stubFor(post("/v1/chat/completions")
                .inScenario("rate limit")
                .whenScenarioStateIs("cooled down")
                .willReturn(okJson(COMPLETION)));
        List<Duration> waits = new CopyOnWriteArrayList<>();
        InMemoryUsageLedger ledger = new InMemoryUsageLedger();

        try (AiConnection connection = new OpenAiCompatibleProvider(new LoggerOnlyContext())
                        .connect(AiProviderSettings.of(
                                Map.of(
                                        "variant", "compatible",
                                        "base-url", server.baseUrl() + "/v1",
                                        "model", "gpt-4o-mini",
                                        "connect-timeout", "PT2S",
                                        "read-timeout", "PT5S"),
                                Map.of()));
                AiRouter router = AiRouter.builder()
                        .connections((org, id) -> Optional.of(connection))
                        .policies((org, kind) -> Optional.of(RoutingPolicy.of(kind, ProviderRoute.of("vllm"))))
                        .ledger(ledger)
                        .prices(PriceBook.byModel(Map.of("gpt-4o-mini", ModelPrice.of("0.15", "0.60"))))
                        .sleeper(waits::add)
                        .build()) {

            RoutedResponse answer = router.chat(
                    CallContext.of("acme", "alice"),
                    TaskKind.SUMMARIZE,
                    ChatRequest.builder()
                            .message(ChatMessage.user("Summarize the 10-K"))
                            .build());

            assertThat(answer.content()).isEqualTo("Revenue grew 12%.");
            assertThat(answer.attempts())
                    .extracting(Attempt::outcome)
                    .containsExactly(CallOutcome.RATE_LIMITED, CallOutcome.SUCCESS);
            assertThat(answer.attempts().get(0).detail()).contains("429").contains("Rate limit reached");
            assertThat(waits).containsExactly(Duration.ofSeconds(1));
            server.verify(2, postRequestedFor(urlEqualTo("/v1/chat/completions")));
            // 19 * 0.15 / 1e6 + 10 * 0.60 / 1e6 = 0.00000285 + 0.000006
            assertThat(ledger.records())
                    .extracting(r -> r.outcome(), r -> r.totalTokens(), r -> r.cost()
                            .stripTrailingZeros())
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(
                                    CallOutcome.RATE_LIMITED, 0L, java.math.BigDecimal.ZERO),
                            org.assertj.core.groups.Tuple.tuple(
                                    CallOutcome.SUCCESS, 29L, new java.math.BigDecimal("0.00000885")));
        }
    }

    /** The plugin's provider reads only its logger from the context. */
    private static final class LoggerOnlyContext implements PluginContext {
        @Override
        public String pluginId() {
            return "ai-openai";
        }

        @Override
        public PluginConfig config() {
            return key -> Optional.empty();
        }

        @Override
        public SecretAccessor secrets() {
            return name -> Optional.empty();
        }

        @Override
        public Path dataDirectory() {
            throw new UnsupportedOperationException("not needed by the provider");
        }

        @Override
        public EventPublisher events() {
            return (type, payload) -> {};
        }

        @Override
        public Logger logger() {
            return System.getLogger("test.ai-router.wire");
        }
    }
}
