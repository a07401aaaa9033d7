package com.gridvault.server.search;

import java.util.List;

/**
 * What a search found.
 *
 * @param mode the mode that ran
 * @param backend the search backend that answered
 * @param tookMillis time spent, embedding the query included
 * @param hits the hits, best first
 */
public record SearchResult(String mode, String backend, long tookMillis, List<Hit> hits) {

    /**
     * One hit with what a citation needs.
     *
     * @param chunkId the chunk
     * @param documentId its document
     * @param documentTitle the document's title or file name
     * @param score the backend's score (BM25, cosine or fused; comparable only within one result)
     * @param snippet the chunk text shown
     * @param highlights matched stretches of the snippet, as [start, end) offsets
     * @param page the page the chunk starts on, or null
     * @param sectionId the section (filing item), or null
     * @param sectionTitle its title, or null
     * @param tableId the table, or null
     * @param startOffset the chunk's first character in the document text
     * @param endOffset the character after its last
     * @param formType the SEC form, or null
     * @param company the filer, or null
     */
    public record Hit(
            String chunkId,
            String documentId,
            String documentTitle,
            double score,
            String snippet,
            List<int[]> highlights,
            Integer page,
            String sectionId,
            String sectionTitle,
            String tableId,
            Integer startOffset,
            Integer endOffset,
            String formType,
            String company) {}
}
