package com.gridvault.embeddings.onnx;

import java.util.HashMap;
import java.util.Map;

/**
 * Reads the WordPiece vocabulary out of a HuggingFace {@code tokenizer.json}. Only the {@code
 * "vocab": {"token": id, ...}} object is parsed; the normalizer and pre-tokenizer settings of the
 * shipped file are fixed in {@link BertTextSplitter} and checked by a test.
 */
final class TokenizerJson {

    private final String json;
    private int pos;

    private TokenizerJson(String json) {
        this.json = json;
    }

    static Map<String, Integer> vocabulary(String json) {
        int key = json.indexOf("\"vocab\"");
        if (key < 0) {
            throw new IllegalStateException("tokenizer.json has no \"vocab\" object");
        }
        TokenizerJson reader = new TokenizerJson(json);
        reader.pos = key + "\"vocab\"".length();
        reader.expect(':');
        reader.expect('{');
        Map<String, Integer> vocab = new HashMap<>(65_536);
        if (reader.peek() == '}') {
            return vocab;
        }
        do {
            String token = reader.string();
            reader.expect(':');
            vocab.put(token, reader.integer());
        } while (reader.next() == ',');
        if (json.charAt(reader.pos - 1) != '}') {
            throw reader.error("'}'");
        }
        return vocab;
    }

    private char peek() {
        skipWhitespace();
        return json.charAt(pos);
    }

    private char next() {
        skipWhitespace();
        return json.charAt(pos++);
    }

    private void expect(char c) {
        if (next() != c) {
            throw error("'" + c + "'");
        }
    }

    private int integer() {
        skipWhitespace();
        int start = pos;
        while (pos < json.length() && Character.isDigit(json.charAt(pos))) {
            pos++;
        }
        if (start == pos) {
            throw error("a token id");
        }
        return Integer.parseInt(json, start, pos, 10);
    }

    private String string() {
        expect('"');
        StringBuilder out = new StringBuilder();
        for (char c = json.charAt(pos++); c != '"'; c = json.charAt(pos++)) {
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char escaped = json.charAt(pos++);
            switch (escaped) {
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append((char) Integer.parseInt(json, pos, pos + 4, 16));
                    pos += 4;
                }
                default -> out.append(escaped);
            }
        }
        return out.toString();
    }

    private void skipWhitespace() {
        while (pos < json.length() && Character.isWhitespace(json.charAt(pos))) {
            pos++;
        }
    }

    private IllegalStateException error(String expected) {
        return new IllegalStateException("tokenizer.json: expected " + expected + " at offset " + pos);
    }
}
