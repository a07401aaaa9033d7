package com.gridvault.embeddings.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gridvault.plugin.api.embedding.EmbeddingPurpose;
import com.gridvault.plugin.testkit.PluginTestHarness;
import com.gridvault.plugin.testkit.TestPluginContext;
import java.util.List;
import org.junit.jupiter.api.Test;

class OnnxEmbeddingsPluginTest {

    @Test
    void extensionsShareOneEnginePerStartAndStopClosesIt() {
        try (PluginTestHarness harness = PluginTestHarness.create()) {
            TestPluginContext context =
                    harness.context("embeddings-onnx").config("batch-size", "8").config("max-tokens", "64");
            OnnxEmbeddingsPlugin plugin = new OnnxEmbeddingsPlugin();

            OnnxEmbeddingProvider first = new OnnxEmbeddingProvider(context);
            OnnxEmbeddingProvider second = new OnnxEmbeddingProvider(context);
            assertThat(first.model().maxInputTokens()).isEqualTo(64);
            assertThat(first.embed(List.of("loan book"), EmbeddingPurpose.DOCUMENT))
                    .singleElement()
                    .satisfies(v -> assertThat(v).hasSize(384));

            plugin.stop();

            assertThatThrownBy(() -> second.embed(List.of("loan book"), EmbeddingPurpose.DOCUMENT))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("stopped");
            OnnxEmbeddingProvider afterRestart = new OnnxEmbeddingProvider(context);
            assertThat(afterRestart.embed(List.of("loan book"), EmbeddingPurpose.DOCUMENT))
                    .hasSize(1);
            plugin.stop();
        }
    }
}
