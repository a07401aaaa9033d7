package com.gridvault.server.documents;

/**
 * A chunk as stored with its document.
 *
 * @param id {@code <documentId>:<position>}
 * @param workspaceId the workspace
 * @param documentId the document
 * @param position the chunk's order in the document, from 0
 * @param header repeated table header rows when the chunk continues a split table, else empty
 * @param body the chunk's own text, exactly the document text between the offsets
 * @param charStart offset of the body in the document text
 * @param charEnd offset just after the body
 * @param firstPage page of the first character, 0 without pages
 * @param lastPage page of the last character, 0 without pages
 * @param sectionId the section (filing item) it lies in, or empty
 * @param sectionTitle that section's title, or empty
 * @param tableId the table it comes from, or empty
 * @param vector its embedding, or null before embedding (or without an embedding provider)
 * @param embeddingModel the model that made the vector, or null
 */
public record StoredChunk(
        String id,
        String workspaceId,
        String documentId,
        int position,
        String header,
        String body,
        int charStart,
        int charEnd,
        int firstPage,
        int lastPage,
        String sectionId,
        String sectionTitle,
        String tableId,
        float[] vector,
        String embeddingModel) {

    /** What is embedded and indexed: the repeated header, then the body. */
    public String text() {
        return header + body;
    }
}
