package com.gridvault.plugin.api.ai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gridvault.plugin.api.validation.FieldError;
import com.gridvault.plugin.api.validation.InvalidInputException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Value-type contracts of the AI extension point. Kept in the first plugin that uses them because
 * only this module's tests were in scope; they belong in plugin-api's test tree.
 */
class AiValuesTest {

    @Test
    void chatRequestNamesEveryInvalidField() {
        assertThatThrownBy(() ->
                        ChatRequest.builder().temperature(2.5).maxTokens(0).build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::path)
                        .containsExactly("messages", "temperature", "maxTokens"));
    }

    @Test
    void chatRequestDefaultsAndCopies() {
        ChatRequest request =
                ChatRequest.builder().message(ChatMessage.user("hi")).build();
        assertThat(request.responseFormat()).isEqualTo(ResponseFormat.TEXT);
        assertThat(request.tools()).isEmpty();
        assertThat(request)
                .isEqualTo(ChatRequest.builder().message(ChatMessage.user("hi")).build());
        assertThatThrownBy(() -> request.messages().add(ChatMessage.user("x")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void messagesKeepRoleInvariants() {
        ToolCall call = new ToolCall("c1", "f", null);
        assertThat(call.arguments()).isEqualTo("{}");
        assertThat(ChatMessage.tool("c1", "42").toolCallId()).isEqualTo("c1");
        assertThatThrownBy(() -> new ChatMessage(ChatRole.USER, "x", List.of(call), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ChatMessage(ChatRole.TOOL, "x", List.of(), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ToolDefinition("has space", "", null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void responseFormatNeedsNameAndSchemaExactlyForJsonSchema() {
        assertThat(ResponseFormat.jsonSchema("n", "{}").strict()).isTrue();
        assertThatThrownBy(() -> new ResponseFormat(ResponseFormat.Type.JSON_SCHEMA, "n", null, true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ResponseFormat(ResponseFormat.Type.TEXT, "n", "{}", false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void settingsHideSecretsAndParseDurations() {
        AiProviderSettings settings = AiProviderSettings.of(
                Map.of("read-timeout", "PT30S", "blank", "  ", "bad", "30s"), Map.of("api-key", "sk-secret"));
        assertThat(settings.toString()).contains("api-key").doesNotContain("sk-secret");
        assertThat(settings.duration("read-timeout", Duration.ZERO)).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.value("blank")).isEmpty();
        assertThat(settings.secret("api-key")).contains("sk-secret");
        assertThatThrownBy(() -> settings.duration("bad", Duration.ZERO)).hasMessageContaining("'bad'");
    }

    @Test
    void embeddingsAreImmutableAndCompareByContent() {
        float[] vector = {1f, 2f};
        Embedding embedding = new Embedding(0, vector);
        vector[0] = 9f;
        embedding.vector()[1] = 9f;
        assertThat(embedding.vector()).containsExactly(1f, 2f);
        assertThat(embedding)
                .isEqualTo(new Embedding(0, new float[] {1f, 2f}))
                .hasSameHashCodeAs(new Embedding(0, new float[] {1f, 2f}));
    }

    @Test
    void retryableKindsAreTheTransientOnes() {
        assertThat(List.of(AiProviderException.Kind.values()))
                .filteredOn(AiProviderException.Kind::retryable)
                .containsExactly(
                        AiProviderException.Kind.RATE_LIMITED,
                        AiProviderException.Kind.TIMEOUT,
                        AiProviderException.Kind.UNAVAILABLE);
        AiProviderException e = new AiProviderException(AiProviderException.Kind.TIMEOUT, "slow", null);
        assertThat(e.retryAfter()).isEmpty();
        assertThat(e.httpStatus()).isZero();
    }

    @Test
    void healthStatusHasAFailureKindExactlyWhenDown() {
        assertThat(HealthStatus.up(Duration.ofMillis(5), "ok").failure()).isNull();
        assertThatThrownBy(() -> new HealthStatus(false, Duration.ZERO, null, "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
