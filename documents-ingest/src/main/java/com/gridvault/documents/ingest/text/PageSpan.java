package com.gridvault.documents.ingest.text;

/**
 * One page of the extracted text: a PDF page, a spreadsheet sheet or a presentation slide.
 *
 * @param number 1-based page number
 * @param label the sheet or slide name when the format has one, else empty
 * @param start first character offset (inclusive)
 * @param end last character offset (exclusive)
 */
public record PageSpan(int number, String label, int start, int end) {
    public PageSpan {
        Checks.offsets(start, end);
        if (number < 1) {
            throw new IllegalArgumentException("page number must be >= 1: " + number);
        }
        label = label == null ? "" : label;
    }
}
