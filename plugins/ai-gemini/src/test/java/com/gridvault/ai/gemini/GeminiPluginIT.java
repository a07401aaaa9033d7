package com.gridvault.ai.gemini;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.gridvault.plugin.api.ai.AiConnection;
import com.gridvault.plugin.api.ai.AiProvider;
import com.gridvault.plugin.api.ai.AiProviderSettings;
import com.gridvault.plugin.testkit.PluginTestHarness;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Loads the packaged plugin zip through the real plugin host and talks to a local WireMock. */
class GeminiPluginIT {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    @Test
    void packagedPluginCompletesAChat() {
        server.stubFor(post(Fixtures.GENERATE)
                .withHeader("x-goog-api-key", equalTo(Fixtures.KEY))
                .willReturn(okJson(Fixtures.response("{\"text\":\"Hello from Gemini.\"}", "STOP"))));

        try (PluginTestHarness harness = PluginTestHarness.forPackagedPlugin()) {
            List<AiProvider> providers = harness.extensions(AiProvider.class);
            assertThat(providers).extracting(AiProvider::id).containsExactly("gemini");

            AiProviderSettings settings = AiProviderSettings.of(
                    Map.of("base-url", server.baseUrl(), "model", Fixtures.MODEL), Map.of("api-key", Fixtures.KEY));
            try (AiConnection connection = providers.get(0).connect(settings)) {
                assertThat(connection.getClass().getClassLoader())
                        .isNotSameAs(getClass().getClassLoader());
                assertThat(connection.chat(Fixtures.hello()).content()).isEqualTo("Hello from Gemini.");
            }
        }
    }
}
