package com.gridvault.embeddings.onnx;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The model's BERT WordPiece tokenizer in plain Java: no native library, so the plugin can be
 * reinstalled or upgraded at run time (a JNI library binds to the first class loader that loads it).
 * Gives the same ids as the HuggingFace tokenizers library on the shipped tokenizer.json, which a
 * test checks. Immutable and thread-safe.
 */
final class WordPieceTokenizer {

    /** The tokens tokenizer.json lists under added_tokens; the raw text is split on them first. */
    private static final List<String> SPECIAL_TOKENS = List.of("[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]");

    private static final String CONTINUATION = "##";
    private static final int MAX_WORD_CHARACTERS = 100;

    private final Map<String, Integer> vocabulary;
    private final int maxTokens;
    private final int unknown;
    private final int cls;
    private final int sep;

    WordPieceTokenizer(Map<String, Integer> vocabulary, int maxTokens) {
        this.vocabulary = Map.copyOf(vocabulary);
        this.maxTokens = maxTokens;
        this.unknown = id("[UNK]");
        this.cls = id("[CLS]");
        this.sep = id("[SEP]");
    }

    /**
     * Loads the tokenizer shipped in the plugin.
     *
     * @param loader the class loader that holds {@code model/}
     * @param maxTokens tokens per text including [CLS] and [SEP]
     */
    static WordPieceTokenizer load(ClassLoader loader, int maxTokens) {
        String json = new String(ModelResources.read(loader, BgeSmallEnV15.TOKENIZER_RESOURCE), StandardCharsets.UTF_8);
        return new WordPieceTokenizer(TokenizerJson.vocabulary(json), maxTokens);
    }

    /** Tokenizes texts into one batch padded to its longest row. */
    TokenBatch encode(List<String> texts) {
        long[][] ids = new long[texts.size()][];
        long[][] masks = new long[texts.size()][];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = encode(texts.get(i));
            masks[i] = new long[ids[i].length];
            Arrays.fill(masks[i], 1);
        }
        return TokenBatch.pad(ids, masks);
    }

    /** Returns [CLS], the text's ids truncated to {@code maxTokens - 2}, [SEP]. */
    long[] encode(String text) {
        List<Integer> ids = new ArrayList<>();
        int limit = maxTokens - 2;
        int start = 0;
        while (start < text.length() && ids.size() < limit) {
            int special = -1;
            String token = null;
            for (String candidate : SPECIAL_TOKENS) {
                int at = text.indexOf(candidate, start);
                if (at >= 0 && (special < 0 || at < special)) {
                    special = at;
                    token = candidate;
                }
            }
            int end = special < 0 ? text.length() : special;
            for (String word : BertTextSplitter.words(text.substring(start, end))) {
                wordPieces(word, ids);
            }
            if (token != null) {
                ids.add(id(token));
                start = special + token.length();
            } else {
                start = text.length();
            }
        }
        int n = Math.min(ids.size(), limit);
        long[] out = new long[n + 2];
        out[0] = cls;
        for (int i = 0; i < n; i++) {
            out[i + 1] = ids.get(i);
        }
        out[n + 1] = sep;
        return out;
    }

    /** Greedy longest-match-first; a word with any unmatched rest becomes a single [UNK]. */
    private void wordPieces(String word, List<Integer> ids) {
        if (word.codePointCount(0, word.length()) > MAX_WORD_CHARACTERS) {
            ids.add(unknown);
            return;
        }
        List<Integer> pieces = new ArrayList<>();
        int start = 0;
        while (start < word.length()) {
            int end = word.length();
            Integer match = null;
            while (end > start) {
                String piece = word.substring(start, end);
                match = vocabulary.get(start > 0 ? CONTINUATION + piece : piece);
                if (match != null) {
                    break;
                }
                end = word.offsetByCodePoints(end, -1);
            }
            if (match == null) {
                ids.add(unknown);
                return;
            }
            pieces.add(match);
            start = end;
        }
        ids.addAll(pieces);
    }

    private int id(String token) {
        Integer id = vocabulary.get(token);
        if (id == null) {
            throw new IllegalStateException("tokenizer.json lacks the token " + token);
        }
        return id;
    }
}
