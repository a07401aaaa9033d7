package com.gridvault.embeddings.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gridvault.plugin.api.config.ConfigOption;
import com.gridvault.plugin.api.config.PluginConfig;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EmbeddingSettingsTest {

    private static PluginConfig config(Map<String, String> values) {
        return key -> Optional.ofNullable(values.get(key));
    }

    @Test
    void defaultsToOneTextPerCallAllCoresAndTheModelsWindow() {
        EmbeddingSettings settings = EmbeddingSettings.from(config(Map.of()));

        assertThat(settings)
                .isEqualTo(new EmbeddingSettings(1, Runtime.getRuntime().availableProcessors(), 512));
    }

    @Test
    void readsEveryOption() {
        EmbeddingSettings settings =
                EmbeddingSettings.from(config(Map.of("batch-size", "8", "threads", "3", "max-tokens", "128")));

        assertThat(settings).isEqualTo(new EmbeddingSettings(8, 3, 128));
    }

    @Test
    void rejectsOutOfRangeValuesByKey() {
        assertThatThrownBy(() -> EmbeddingSettings.from(config(Map.of("max-tokens", "513"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'max-tokens' must be between 8 and 512, was 513");
        assertThatThrownBy(() -> EmbeddingSettings.from(config(Map.of("batch-size", "0"))))
                .hasMessageContaining("'batch-size'");
        assertThatThrownBy(() -> EmbeddingSettings.from(config(Map.of("threads", "99999999999"))))
                .hasMessageContaining("'threads'");
        assertThatThrownBy(() -> EmbeddingSettings.from(config(Map.of("threads", "many"))))
                .hasMessageContaining("'threads' must be a whole number");
    }

    @Test
    void describesEveryOptionItReads() {
        assertThat(EmbeddingSettings.OPTIONS)
                .extracting(ConfigOption::name)
                .containsExactly("batch-size", "threads", "max-tokens");
    }
}
