package com.gridvault.embeddings.onnx;

import static com.gridvault.embeddings.onnx.TestEngines.cosine;
import static com.gridvault.embeddings.onnx.TestEngines.norm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.gridvault.host.plugins.PluginInfo;
import com.gridvault.host.plugins.PluginStatus;
import com.gridvault.plugin.api.embedding.EmbeddingModelInfo;
import com.gridvault.plugin.api.embedding.EmbeddingProvider;
import com.gridvault.plugin.api.embedding.EmbeddingPurpose;
import com.gridvault.plugin.api.validation.InvalidInputException;
import com.gridvault.plugin.testkit.PluginTestHarness;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Loads the packaged zip through the appliance's real plugin host: proves the zip layout, the
 * native libraries of ONNX Runtime and the tokenizer, and reading the model from the plugin's class
 * loader all work inside a PF4J plugin.
 */
class EmbeddingsPluginIT {

    private static final String PLUGIN_ID = "embeddings-onnx";

    @Test
    void embedsThroughTheRealPluginHost() {
        try (PluginTestHarness harness = PluginTestHarness.forPackagedPlugin()) {
            PluginInfo info = harness.plugin(PLUGIN_ID);
            assertThat(info.failureReason()).isNull();
            assertThat(info.status()).isEqualTo(PluginStatus.STARTED);

            EmbeddingProvider provider = harness.extensions(EmbeddingProvider.class).stream()
                    .findFirst()
                    .orElseThrow();
            assertThat(provider.model()).isEqualTo(new EmbeddingModelInfo("bge-small-en-v1.5-q", 384, 512, true));

            List<float[]> documents = provider.embed(
                    List.of(
                            "supply chain disruption risk",
                            "risks from suppliers and logistics",
                            "the weather is nice today"),
                    EmbeddingPurpose.DOCUMENT);
            assertThat(documents).hasSize(3).allSatisfy(v -> assertThat(norm(v)).isCloseTo(1.0, within(1e-5)));
            assertThat(cosine(documents.get(0), documents.get(1)))
                    .isGreaterThan(cosine(documents.get(0), documents.get(2)));

            float[] query = provider.embed(List.of("supply chain disruption risk"), EmbeddingPurpose.QUERY)
                    .get(0);
            assertThat(query).hasSize(384).isNotEqualTo(documents.get(0));

            assertThatThrownBy(() -> provider.embed(List.of(" "), EmbeddingPurpose.DOCUMENT))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("texts[0]");
        }
    }

    @Test
    void disableClosesTheModelAndEnableLoadsItAgain() {
        try (PluginTestHarness harness = PluginTestHarness.forPackagedPlugin()) {
            EmbeddingProvider before =
                    harness.extensions(EmbeddingProvider.class).get(0);
            float[] vector = before.embed(List.of("net interest margin"), EmbeddingPurpose.DOCUMENT)
                    .get(0);

            harness.host().disable(PLUGIN_ID);
            assertThat(harness.extensions(EmbeddingProvider.class)).isEmpty();
            harness.host().enable(PLUGIN_ID);

            assertThat(harness.plugin(PLUGIN_ID).status()).isEqualTo(PluginStatus.STARTED);
            EmbeddingProvider after =
                    harness.extensions(EmbeddingProvider.class).get(0);
            assertThat(after.embed(List.of("net interest margin"), EmbeddingPurpose.DOCUMENT)
                            .get(0))
                    .containsExactly(vector, within(1e-6f));
        }
    }

    @Test
    void aBadSettingMarksThePluginFailedWithTheKey() {
        String jar = System.getProperty(PluginTestHarness.PACKAGED_PLUGIN_PROPERTY);
        try (PluginTestHarness harness = PluginTestHarness.create()) {
            harness.context(PLUGIN_ID).config("batch-size", "0");
            harness.copyIn(Path.of(jar)).start();

            PluginInfo info = harness.plugin(PLUGIN_ID);
            assertThat(info.status()).isEqualTo(PluginStatus.FAILED);
            assertThat(info.failureReason()).contains("'batch-size' must be between 1 and 256, was 0");
            assertThat(harness.extensions(EmbeddingProvider.class)).isEmpty();
        }
    }

    @Test
    void anUpgradeInTheSameJvmLoadsTheModelInTheNewClassLoader() {
        // The appliance installs a new version without restarting: a second plugin class loader in
        // the same JVM must be able to load the native code again while the first one is alive.
        try (PluginTestHarness first = PluginTestHarness.forPackagedPlugin();
                PluginTestHarness second = PluginTestHarness.forPackagedPlugin()) {
            assertThat(second.plugin(PLUGIN_ID).failureReason()).isNull();
            float[] a = first.extensions(EmbeddingProvider.class)
                    .get(0)
                    .embed(List.of("tier 1 capital"), EmbeddingPurpose.DOCUMENT)
                    .get(0);
            float[] b = second.extensions(EmbeddingProvider.class)
                    .get(0)
                    .embed(List.of("tier 1 capital"), EmbeddingPurpose.DOCUMENT)
                    .get(0);
            assertThat(b).containsExactly(a, within(1e-6f));
        }
    }
}
