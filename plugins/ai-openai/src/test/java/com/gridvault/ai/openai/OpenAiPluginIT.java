package com.gridvault.ai.openai;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.gridvault.plugin.api.ai.AiConnection;
import com.gridvault.plugin.api.ai.AiProvider;
import com.gridvault.plugin.api.ai.AiProviderSettings;
import com.gridvault.plugin.api.ai.ChatResponse;
import com.gridvault.plugin.api.ai.TokenUsage;
import com.gridvault.plugin.testkit.PluginTestHarness;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Loads the packaged plugin zip through the real plugin host and talks to a local WireMock. */
class OpenAiPluginIT {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    @Test
    void packagedPluginCompletesAChatAndAStream() {
        server.stubFor(post("/v1/chat/completions")
                .withHeader("Authorization", equalTo("Bearer " + Fixtures.KEY))
                .willReturn(okJson(Fixtures.completion("Hello from the plugin.", "stop"))));

        try (PluginTestHarness harness = PluginTestHarness.forPackagedPlugin()) {
            List<AiProvider> providers = harness.extensions(AiProvider.class);
            assertThat(providers).extracting(AiProvider::id).containsExactly("openai-compatible");
            AiProvider provider = providers.get(0);

            AiProviderSettings settings = AiProviderSettings.of(
                    Map.of("base-url", server.baseUrl() + "/v1", "model", "gpt-4o-mini", "read-timeout", "PT5S"),
                    Map.of("api-key", Fixtures.KEY));
            try (AiConnection connection = provider.connect(settings)) {
                // the connection comes from the plugin's own class loader, not from this test's classpath
                assertThat(connection.getClass().getClassLoader())
                        .isNotSameAs(getClass().getClassLoader());
                // the connection comes from the plugin's own class loader, not from this test's classpath
                assertThat(connection.getClass().getClassLoader())
                        .isNotSameAs(getClass().getClassLoader());
                ChatResponse answer = connection.chat(Fixtures.hello());
                assertThat(answer.content()).isEqualTo("Hello from the plugin.");
                assertThat(answer.usage()).isEqualTo(new TokenUsage(19, 10));

                server.stubFor(post("/v1/chat/completions")
                        .willReturn(aResponse()
                                .withHeader("Content-Type", "text/event-stream")
                                .withBody(Fixtures.sse(
                                        true,
                                        Fixtures.textChunk("Str"),
                                        Fixtures.textChunk("eamed"),
                                        Fixtures.usageChunk(3, 2)))));
                ChatResponse streamed = connection.stream(Fixtures.hello(), delta -> {})
                        .result()
                        .toCompletableFuture()
                        .orTimeout(5, TimeUnit.SECONDS)
                        .join();
                assertThat(streamed.content()).isEqualTo("Streamed");
                assertThat(streamed.usage()).isEqualTo(new TokenUsage(3, 2));
            }
        }
    }
}
