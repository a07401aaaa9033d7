package com.gridvault.plugin.api.search;

/**
 * A matched stretch of a {@link SearchHit#snippet()}: {@code snippet.substring(start, end)}.
 * Offsets rather than markup keep snippets safe to render: the caller escapes the text and marks the
 * spans itself.
 *
 * @param start the first highlighted character
 * @param end the character after the last highlighted one
 */
public record HighlightSpan(int start, int end) {

    /** Rejects negative or reversed spans. */
    public HighlightSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Invalid highlight span [" + start + ", " + end + ")");
        }
    }
}
