package com.gridvault.embeddings.onnx;

import static com.gridvault.embeddings.onnx.TestEngines.cosine;
import static com.gridvault.embeddings.onnx.TestEngines.norm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.gridvault.plugin.api.embedding.EmbeddingModelInfo;
import com.gridvault.plugin.api.embedding.EmbeddingProvider;
import com.gridvault.plugin.api.embedding.EmbeddingPurpose;
import com.gridvault.plugin.api.validation.FieldError;
import com.gridvault.plugin.api.validation.InvalidInputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OnnxEmbeddingProviderTest {

    private static final List<String> TEXTS = List.of(
            "supply chain disruption risk",
            "Quarterly net interest margin fell by 12 basis points as deposit costs rose faster than loan yields.",
            "FX",
            "Counterparty credit exposure is netted under the ISDA master agreement.",
            "Liquidity coverage ratio",
            "The board approved the dividend.",
            "Operational losses from the failed payment migration were booked in the third quarter, "
                    + "together with remediation costs and regulatory fines that the bank expects to recur.",
            "risks from suppliers and logistics",
            "the weather is nice today");

    private static EmbeddingEngine engine;
    private static EmbeddingProvider provider;

    @BeforeAll
    static void open() {
        engine = TestEngines.open(EmbeddingSettings.DEFAULT_BATCH_SIZE);
        provider = new OnnxEmbeddingProvider(engine);
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @Test
    void describesTheModel() {
        assertThat(provider.model()).isEqualTo(new EmbeddingModelInfo("bge-small-en-v1.5-q", 384, 512, true));
    }

    @Test
    void vectorsHaveTheDeclaredDimensionAndUnitLength() {
        List<float[]> vectors = provider.embed(TEXTS, EmbeddingPurpose.DOCUMENT);

        assertThat(vectors).hasSize(TEXTS.size());
        for (float[] v : vectors) {
            assertThat(v).hasSize(provider.model().dimensions());
            assertThat(norm(v)).isCloseTo(1.0, within(1e-5));
        }
    }

    @Test
    void theSameTextGivesTheSameVector() {
        float[] first =
                provider.embed(List.of(TEXTS.get(1)), EmbeddingPurpose.DOCUMENT).get(0);
        float[] second =
                provider.embed(List.of(TEXTS.get(1)), EmbeddingPurpose.DOCUMENT).get(0);

        assertThat(second).containsExactly(first);
    }

    @Test
    void closeMeaningsScoreHigherThanUnrelatedText() {
        List<float[]> v = provider.embed(
                List.of(
                        "supply chain disruption risk",
                        "risks from suppliers and logistics",
                        "the weather is nice today"),
                EmbeddingPurpose.DOCUMENT);

        double related = cosine(v.get(0), v.get(1));
        double unrelated = cosine(v.get(0), v.get(2));
        assertThat(related).isGreaterThan(unrelated + 0.15);
    }

    @Test
    void queriesFindTheirPassage() {
        float[] query = provider.embed(List.of("What is the liquidity coverage ratio?"), EmbeddingPurpose.QUERY)
                .get(0);
        List<float[]> passages = provider.embed(
                List.of(
                        "The LCR requires banks to hold high-quality liquid assets covering 30 days of net outflows.",
                        "The cafeteria serves lunch from noon to two."),
                EmbeddingPurpose.DOCUMENT);

        assertThat(cosine(query, passages.get(0))).isGreaterThan(cosine(query, passages.get(1)));
    }

    @Test
    void aQueryIsTheTextWithBgesInstructionPrefix() {
        String text = "capital adequacy of regional banks";
        float[] query = provider.embed(List.of(text), EmbeddingPurpose.QUERY).get(0);
        float[] document =
                provider.embed(List.of(text), EmbeddingPurpose.DOCUMENT).get(0);
        float[] prefixed = provider.embed(
                        List.of("Represent this sentence for searching relevant passages: " + text),
                        EmbeddingPurpose.DOCUMENT)
                .get(0);

        assertThat(query).isNotEqualTo(document);
        assertThat(query).containsExactly(prefixed, within(1e-6f));
    }

    @Test
    void aCallWithManyTextsGivesTheSameVectorsAsOneByOne() {
        List<float[]> batched = provider.embed(TEXTS, EmbeddingPurpose.DOCUMENT);

        for (int i = 0; i < TEXTS.size(); i++) {
            float[] alone = provider.embed(List.of(TEXTS.get(i)), EmbeddingPurpose.DOCUMENT)
                    .get(0);
            assertThat(batched.get(i)).as(TEXTS.get(i)).containsExactly(alone, within(1e-5f));
        }
    }

    @Test
    void longTextsAreTruncatedNotRejected() {
        String longText = String.join(" ", Collections.nCopies(2_000, "interest"));

        float[] v = provider.embed(List.of(longText), EmbeddingPurpose.DOCUMENT).get(0);

        assertThat(norm(v)).isCloseTo(1.0, within(1e-5));
    }

    @Test
    void rejectsMissingAndEmptyInput() {
        assertThatThrownBy(() -> provider.embed(null, EmbeddingPurpose.DOCUMENT))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("texts", "is required")));
        assertThatThrownBy(() -> provider.embed(List.of(), EmbeddingPurpose.DOCUMENT))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("texts", "must not be empty")));
        assertThatThrownBy(() -> provider.embed(List.of("text"), null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("purpose", "is required")));
    }

    @Test
    void namesEveryBadText() {
        List<String> texts = Arrays.asList("fine", "  ", null, "x".repeat(EmbeddingProvider.MAX_TEXT_LENGTH + 1));

        assertThatThrownBy(() -> provider.embed(texts, EmbeddingPurpose.QUERY))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::path)
                        .containsExactly("texts[1]", "texts[2]", "texts[3]"));
    }

    @Test
    void rejectsMoreTextsThanOneCallMayCarry() {
        List<String> texts = new ArrayList<>(Collections.nCopies(EmbeddingProvider.MAX_TEXTS_PER_CALL + 1, "a"));

        assertThatThrownBy(() -> provider.embed(texts, EmbeddingPurpose.DOCUMENT))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::path).containsExactly("texts"));
    }
}
