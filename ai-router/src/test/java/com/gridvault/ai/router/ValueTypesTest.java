package com.gridvault.ai.router;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gridvault.plugin.api.ai.ChatMessage;
import com.gridvault.plugin.api.ai.ChatRequest;
import com.gridvault.plugin.api.ai.ResponseFormat;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValueTypesTest {

    @Test
    void aRouteWithAModelReplacesOnlyTheModel() {
        ChatRequest request = ChatRequest.builder()
                .model("gpt-4o")
                .message(ChatMessage.user("Hi"))
                .temperature(0.3)
                .maxTokens(20)
                .responseFormat(ResponseFormat.JSON_OBJECT)
                .build();

        ChatRequest routed = ProviderRoute.of("local", "llama3.1:8b").apply(request);

        assertThat(routed)
                .isEqualTo(new ChatRequest(
                        "llama3.1:8b", request.messages(), 0.3, 20, List.of(), ResponseFormat.JSON_OBJECT));
        assertThat(ProviderRoute.of("local").apply(request)).isSameAs(request);
        assertThat(ProviderRoute.of("local", " ").model()).isNull();
    }

    @Test
    void routesPoliciesAndContextsRejectMissingParts() {
        assertThatThrownBy(() -> ProviderRoute.of(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CallContext.of("", "u")).isInstanceOf(IllegalArgumentException.class);
        assertThat(CallContext.of("org", null).userId()).isEmpty();
        assertThat(RoutingPolicy.of(TaskKind.CHAT, ProviderRoute.of("a"), ProviderRoute.of("b"))
                        .chain())
                .extracting(ProviderRoute::configId)
                .containsExactly("a", "b");
    }

    @Test
    void settingsAreValidated() {
        assertThatThrownBy(() -> new CircuitSettings(0f, 1, 1, Duration.ofSeconds(1), 1))
                .hasMessageContaining("failureRateThreshold");
        assertThatThrownBy(() -> new CircuitSettings(50f, 5, 4, Duration.ofSeconds(1), 1))
                .hasMessageContaining("minimumCalls");
        assertThatThrownBy(() -> new RouterSettings(RetryPolicy.DEFAULT, CircuitSettings.DEFAULT, Duration.ZERO))
                .hasMessageContaining("callTimeout");
    }
}
