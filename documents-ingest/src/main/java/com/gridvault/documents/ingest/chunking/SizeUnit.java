package com.gridvault.documents.ingest.chunking;

/** How chunk sizes are counted. */
public enum SizeUnit {
    /** UTF-16 characters of chunk text. */
    CHARACTERS(1),
    /**
     * Approximate tokens: 4 characters per token, the usual figure for English text with BPE/WordPiece
     * tokenizers (a 512-token embedding window is about 2,000 characters).
     */
    APPROX_TOKENS(4);

    private final int charsPerUnit;

    SizeUnit(int charsPerUnit) {
        this.charsPerUnit = charsPerUnit;
    }

    public int toChars(int units) {
        return Math.multiplyExact(units, charsPerUnit);
    }
}
