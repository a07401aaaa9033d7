package com.gridvault.embeddings.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Compares our pipeline with langchain4j's own implementation of the same model file (test scope
 * only), which pools the [CLS] token and normalizes. Agreement shows tokenization, pooling and
 * normalization match the model's reference usage.
 */
class ReferenceEmbeddingTest {

    private static EmbeddingEngine engine;

    @BeforeAll
    static void open() {
        engine = TestEngines.open(EmbeddingSettings.DEFAULT_BATCH_SIZE);
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @Test
    void matchesLangchain4jsImplementationOfTheSameModel() {
        BgeSmallEnV15QuantizedEmbeddingModel reference = new BgeSmallEnV15QuantizedEmbeddingModel();
        List<String> texts = List.of(
                "supply chain disruption risk",
                "Counterparty credit exposure is netted under the ISDA master agreement.",
                "Ünïcödé and punctuation!? 1,234.56 EUR");

        List<float[]> ours = engine.embed(texts);
        for (int i = 0; i < texts.size(); i++) {
            float[] expected = reference.embed(texts.get(i)).content().vector();
            assertThat(ours.get(i)).as(texts.get(i)).containsExactly(expected, within(1e-6f));
        }
    }
}
