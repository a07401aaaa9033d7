package com.gridvault.embeddings.onnx;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The plain-Java port must give exactly the ids of the HuggingFace tokenizers library (Rust, via
 * DJL; test scope only) on the same tokenizer.json.
 */
class WordPieceTokenizerTest {

    private static final ClassLoader LOADER = WordPieceTokenizerTest.class.getClassLoader();

    private static final List<String> TRICKY = List.of(
            "supply chain disruption risk",
            "Quarterly NIM fell 12bp; deposit costs (ex-FX) rose faster than loan yields!",
            "Ünïcödé Café naïve résumé Straße ÅNGSTRÖM İstanbul ΣΟΦΙΑ",
            "银行资本充足率 and 日本銀行 and 한국은행",
            "emoji 🏦💶 and symbols $100 + 5% <= 7 ^ ~ | ` @#",
            "tabs\tnew\nlines\r\nand\u00a0nbsp\u2003em\u200bzero\u0007bell\u0000nul\ufffdrepl",
            "[CLS] literal [SEP] tokens [MASK][UNK]in[PAD] text",
            "pneumonoultramicroscopicsilicovolcanoconiosis " + "x".repeat(101) + " " + "y".repeat(100),
            "«quotes» „German“ ‘single’ — dashes – and … ellipsis",
            "ISIN US0378331005, CUSIP 037833100, LEI 5493001KJTIIGC8Y1R12",
            "",
            "   ");

    @Test
    void theShippedTokenizerIsConfiguredAsThePortAssumes() {
        String json = new String(ModelResources.read(LOADER, BgeSmallEnV15.TOKENIZER_RESOURCE), StandardCharsets.UTF_8)
                .replaceAll("\\s", "");

        assertThat(json)
                .contains("\"normalizer\":{\"type\":\"BertNormalizer\",\"clean_text\":true,"
                        + "\"handle_chinese_chars\":true,\"strip_accents\":null,\"lowercase\":true}")
                .contains("\"pre_tokenizer\":{\"type\":\"BertPreTokenizer\"}")
                .contains("\"type\":\"WordPiece\",\"unk_token\":\"[UNK]\",\"continuing_subword_prefix\":\"##\","
                        + "\"max_input_chars_per_word\":100");
    }

    @ParameterizedTest
    @ValueSource(ints = {512, 16})
    void matchesTheHuggingFaceTokenizersLibrary(int maxTokens) throws IOException {
        WordPieceTokenizer ours = WordPieceTokenizer.load(LOADER, maxTokens);
        List<String> texts = new ArrayList<>(TRICKY);
        texts.addAll(randomTexts(new Random(20261122), 400));
        texts.add(String.join(" ", Collections.nCopies(600, "liquidity")));

        try (HuggingFaceTokenizer reference = reference(maxTokens)) {
            for (String text : texts) {
                assertThat(ours.encode(text))
                        .as(text)
                        .containsExactly(reference.encode(text).getIds());
            }
        }
    }

    private static HuggingFaceTokenizer reference(int maxTokens) throws IOException {
        try (InputStream json = ModelResources.open(LOADER, BgeSmallEnV15.TOKENIZER_RESOURCE)) {
            return HuggingFaceTokenizer.newInstance(
                    json,
                    Map.of(
                            "addSpecialTokens", "true",
                            "truncation", "true",
                            "padding", "false",
                            "maxLength", Integer.toString(maxTokens)));
        }
    }

    /** Words, punctuation, accents, CJK, emoji, odd whitespace and control characters, mixed. */
    private static List<String> randomTexts(Random random, int count) {
        String[] pieces = {
            "bank",
            "Capital",
            "RWA",
            "tier",
            "1",
            "2026",
            "ratio",
            "de-risking",
            "e.g.",
            "U.S.",
            "co-op",
            "é",
            "ñ",
            "ü",
            "Ø",
            "ß",
            "ﬁ",
            "Å",
            "ǅ",
            "ŉ",
            "İ",
            "Σ",
            "银",
            "行",
            "円",
            "€",
            "£",
            "¥",
            "§",
            "©",
            "🏦",
            "한",
            "ع",
            "ह",
            "ไทย",
            "e\u0301",
            "Ⅸ",
            "①",
            "ﬀ",
            "Ω",
            "K",
            "👍🏽",
            "\u00a0",
            "\u2009",
            "\u200b",
            "\u2028",
            "\t",
            "\n",
            "\u0001",
            "\u00ad",
            "\ue000",
            ",",
            ".",
            ";",
            "'",
            "\"",
            "(",
            ")",
            "[",
            "]",
            "{",
            "}",
            "/",
            "\\",
            "_",
            "-",
            "+",
            "=",
            "*",
            "&",
            "[SEP]",
            "[CLS",
            "SEP]",
            "##",
            "###",
            "antidisestablishmentarianism",
            "x".repeat(120)
        };
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder text = new StringBuilder();
            int n = 1 + random.nextInt(30);
            for (int k = 0; k < n; k++) {
                text.append(pieces[random.nextInt(pieces.length)]);
                if (random.nextInt(3) > 0) {
                    text.append(' ');
                }
            }
            texts.add(text.toString());
        }
        return texts;
    }
}
