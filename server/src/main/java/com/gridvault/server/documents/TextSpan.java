package com.gridvault.server.documents;

/**
 * A section or page of a document's extracted text. Byte offsets locate it in the stored UTF-8
 * text, so one section is read from the blob store without reading the rest.
 *
 * @param kind SECTION or PAGE
 * @param position its order among spans of its kind, from 0
 * @param id the section id ("1A", "part2item1a") or the page number as text
 * @param title the section title or the page label (sheet name), may be empty
 * @param charStart first character (inclusive)
 * @param charEnd last character (exclusive)
 * @param byteStart first UTF-8 byte (inclusive)
 * @param byteEnd last UTF-8 byte (exclusive)
 * @param firstPage the page the span starts on, 0 when the document has no pages
 */
public record TextSpan(
        Kind kind,
        int position,
        String id,
        String title,
        int charStart,
        int charEnd,
        long byteStart,
        long byteEnd,
        int firstPage) {

    /** Sections come from headings or filing items, pages from the format. */
    public enum Kind {
        SECTION,
        PAGE
    }
}
