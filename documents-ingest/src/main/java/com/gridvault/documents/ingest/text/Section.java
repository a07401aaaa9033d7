package com.gridvault.documents.ingest.text;

/**
 * A top-level section of a document: a filing item ("1A", "part2item1a", "2.02") or a heading.
 *
 * @param id stable identifier, unique within the document
 * @param title human title, e.g. "Risk Factors"
 * @param start offset of the heading in the text (inclusive)
 * @param end offset where the next section starts, or the end of the text (exclusive)
 * @param sourceStart offset of the heading in the source document (e.g. the HTML), or -1
 * @param sourceEnd offset where the section ends in the source document, or -1
 */
public record Section(String id, String title, int start, int end, int sourceStart, int sourceEnd) {
    public Section {
        Checks.notBlank(id, "id");
        title = title == null ? "" : title;
        Checks.offsets(start, end);
    }

    public Section(String id, String title, int start, int end) {
        this(id, title, start, end, -1, -1);
    }

    /** Length of this section in the source document, or -1 when unknown. */
    public int sourceLength() {
        return sourceStart < 0 || sourceEnd < 0 ? -1 : sourceEnd - sourceStart;
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
