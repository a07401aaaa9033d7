package com.gridvault.plugin.api.search;

import java.util.List;

/**
 * One result of a {@link SearchQuery}, with what is needed to show and cite it.
 *
 * @param chunkId the chunk's id
 * @param documentId the chunk's document
 * @param score the ranking score: BM25 for {@link SearchMode#TEXT}, cosine similarity mapped to
 *     {@code (1 + cos) / 2} for {@link SearchMode#SEMANTIC}, the fused RRF score for {@link
 *     SearchMode#HYBRID}; only comparable within one result list
 * @param snippet a passage of the chunk's text around the matches, or its beginning when nothing
 *     matched or highlighting was off
 * @param highlights where the query's terms occur in {@code snippet}, in order; empty when
 *     highlighting was off or nothing matched lexically
 * @param metadata the chunk's citation metadata as indexed
 */
public record SearchHit(
        String chunkId,
        String documentId,
        double score,
        String snippet,
        List<HighlightSpan> highlights,
        ChunkMetadata metadata) {

    /** Copies the highlight list; null becomes empty. */
    public SearchHit {
        highlights = highlights == null ? List.of() : List.copyOf(highlights);
        metadata = metadata == null ? ChunkMetadata.EMPTY : metadata;
    }

    /**
     * Returns the highlighted stretches of the snippet as text, for display and tests.
     *
     * @return each highlighted substring, in order
     */
    public List<String> highlightedTerms() {
        return highlights.stream()
                .map(h -> snippet.substring(h.start(), h.end()))
                .toList();
    }
}
