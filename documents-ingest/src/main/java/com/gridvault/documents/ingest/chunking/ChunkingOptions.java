package com.gridvault.documents.ingest.chunking;

import com.gridvault.documents.ingest.text.Checks;

/**
 * Chunk size and overlap.
 *
 * @param targetSize largest chunk body, in {@code unit}s (a table row or header longer than this
 *     is never cut, so such a chunk may be larger)
 * @param overlap how much of the previous chunk's end a text chunk repeats, in {@code unit}s;
 *     overlap never crosses a section or table boundary
 * @param unit characters or approximate tokens
 */
public record ChunkingOptions(int targetSize, int overlap, SizeUnit unit) {
    /** 1,600 characters (about 400 tokens) with 200 characters of overlap. */
    public static final ChunkingOptions DEFAULTS = new ChunkingOptions(1_600, 200, SizeUnit.CHARACTERS);

    public ChunkingOptions {
        Checks.positive(targetSize, "targetSize");
        Checks.notNull(unit, "unit");
        if (overlap < 0 || overlap * 2 > targetSize) {
            throw new IllegalArgumentException("overlap must be between 0 and half the target size");
        }
    }

    public static ChunkingOptions ofTokens(int targetTokens, int overlapTokens) {
        return new ChunkingOptions(targetTokens, overlapTokens, SizeUnit.APPROX_TOKENS);
    }

    public static ChunkingOptions ofChars(int targetChars, int overlapChars) {
        return new ChunkingOptions(targetChars, overlapChars, SizeUnit.CHARACTERS);
    }

    int targetChars() {
        return unit.toChars(targetSize);
    }

    int overlapChars() {
        return unit.toChars(overlap);
    }
}
