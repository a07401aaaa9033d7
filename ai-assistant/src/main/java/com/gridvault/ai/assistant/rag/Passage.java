package com.gridvault.ai.assistant.rag;

import java.util.Objects;

/**
 * A retrieved piece of a document.
 *
 * @param chunkId the chunk's id in the search index
 * @param documentId the document's id
 * @param documentTitle the document's title, for the prompt and the citation
 * @param page the page number, or null when the format has none
 * @param sectionId the section's id, or null
 * @param sectionTitle the section's title, or null
 * @param text the chunk's text, untrusted
 * @param score the retrieval score; higher is better, scale set by the retriever
 */
public record Passage(
        String chunkId,
        String documentId,
        String documentTitle,
        Integer page,
        String sectionId,
        String sectionTitle,
        String text,
        double score) {

    /** Rejects missing ids and text. */
    public Passage {
        Objects.requireNonNull(chunkId, "chunkId");
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(text, "text");
        documentTitle = documentTitle == null ? "" : documentTitle;
    }
}
