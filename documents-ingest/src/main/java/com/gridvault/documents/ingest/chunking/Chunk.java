package com.gridvault.documents.ingest.chunking;

import com.gridvault.documents.ingest.text.Checks;

/**
 * A piece of a document sized for embedding and search, with what a citation needs.
 *
 * @param index position among the document's chunks, from 0
 * @param header repeated table header rows (ending with a line break) when this chunk continues
 *     a split table, else empty; not part of the offsets
 * @param body the chunk's own text: exactly {@code documentText.substring(start, end)}
 * @param start offset of {@code body} in the extracted text
 * @param end offset just after {@code body}
 * @param firstPage page of the first character, 0 when the document has no pages
 * @param lastPage page of the last character, 0 when the document has no pages
 * @param sectionId the section (item) the chunk lies in, empty before the first section
 * @param sectionTitle that section's title, or empty
 * @param tableId the table the chunk comes from, empty for running text
 */
public record Chunk(
        int index,
        String header,
        String body,
        int start,
        int end,
        int firstPage,
        int lastPage,
        String sectionId,
        String sectionTitle,
        String tableId) {

    public Chunk {
        Checks.notNull(header, "header");
        Checks.notNull(body, "body");
        Checks.offsets(start, end);
        if (end - start != body.length()) {
            throw new IllegalArgumentException("body length does not match its offsets");
        }
        sectionId = sectionId == null ? "" : sectionId;
        sectionTitle = sectionTitle == null ? "" : sectionTitle;
        tableId = tableId == null ? "" : tableId;
    }

    /** What to embed and index: the repeated header (if any) followed by the body. */
    public String text() {
        return header + body;
    }

    public boolean isTable() {
        return !tableId.isEmpty();
    }
}
