package com.gridvault.ai.assistant.rag;

/**
 * A source the answer cites, mapped back to its place in the document.
 *
 * @param number the number used in the answer, {@code [number]}
 * @param chunkId the cited chunk
 * @param documentId the document
 * @param documentTitle the document's title
 * @param page the page, or null
 * @param sectionId the section, or null
 * @param sectionTitle the section's title, or null
 * @param quote the sentence of the source that best matches the citing sentence, or null when none
 *     shares words with it
 */
public record Citation(
        int number,
        String chunkId,
        String documentId,
        String documentTitle,
        Integer page,
        String sectionId,
        String sectionTitle,
        String quote) {}
