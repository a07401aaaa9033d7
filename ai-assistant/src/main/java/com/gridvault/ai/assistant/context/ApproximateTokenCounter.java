package com.gridvault.ai.assistant.context;

/**
 * A conservative estimate for any model: one token per 3.5 ASCII letters and spaces (BPE
 * vocabularies of current models average 4 or more for English prose), one per two digits
 * (tokenizers split numbers into groups of up to three), one per ASCII punctuation mark, and one per
 * other code point (CJK text, symbols and accented letters often take a token or more each).
 * Financial text is dense in figures and punctuation, which a plain characters/3.5 rule
 * undercounts.
 */
public final class ApproximateTokenCounter implements TokenCounter {

    /** The shared instance. */
    public static final ApproximateTokenCounter DEFAULT = new ApproximateTokenCounter();

    private static final double ASCII_CHARS_PER_TOKEN = 3.5;

    private ApproximateTokenCounter() {}

    @Override
    public int count(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        long letters = 0;
        long digits = 0;
        long single = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (c < 0x80 && (Character.isLetter(c) || Character.isWhitespace(c))) {
                letters++;
            } else if (c >= '0' && c <= '9') {
                digits++;
            } else {
                single++; // ASCII punctuation and every non-ASCII code point
            }
            i += Character.charCount(c);
        }
        long tokens = (long) Math.ceil(letters / ASCII_CHARS_PER_TOKEN) + (digits + 1) / 2 + single;
        return (int) Math.min(Integer.MAX_VALUE, tokens);
    }
}
