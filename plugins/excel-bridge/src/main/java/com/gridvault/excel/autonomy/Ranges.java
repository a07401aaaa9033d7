package com.gridvault.excel.autonomy;

import com.gridvault.excel.snapshot.CellAddress;

/** Parses the targets of actions: A1 ranges, row spans ({@code 5:7}) and column spans ({@code C:D}). */
public final class Ranges {

    private Ranges() {}

    /**
     * Parses an A1 range.
     *
     * @param range {@code B2:C9} or {@code B2}, in any corner order
     * @return {@code [topLeft, bottomRight]}, or null when it is not a range
     */
    public static CellAddress[] parseRange(String range) {
        if (range == null) {
            return null;
        }
        String[] parts = range.split(":", -1);
        if (parts.length > 2) {
            return null;
        }
        CellAddress a = CellAddress.tryParse(parts[0]);
        CellAddress b = parts.length == 2 ? CellAddress.tryParse(parts[1]) : a;
        if (a == null || b == null) {
            return null;
        }
        return new CellAddress[] {
            new CellAddress(Math.min(a.row(), b.row()), Math.min(a.column(), b.column())),
            new CellAddress(Math.max(a.row(), b.row()), Math.max(a.column(), b.column()))
        };
    }

    /** Zero-based {@code [first, last]} rows of {@code 5:7} or {@code 5}, or null. */
    static int[] parseRows(String span) {
        return parseSpan(span, true);
    }

    /** Zero-based {@code [first, last]} columns of {@code C:D} or {@code C}, or null. */
    static int[] parseColumns(String span) {
        return parseSpan(span, false);
    }

    private static int[] parseSpan(String span, boolean rows) {
        if (span == null) {
            return null;
        }
        String[] parts = span.split(":", -1);
        if (parts.length > 2) {
            return null;
        }
        int first = position(parts[0], rows);
        int last = parts.length == 2 ? position(parts[1], rows) : first;
        if (first < 0 || last < 0) {
            return null;
        }
        return new int[] {Math.min(first, last), Math.max(first, last)};
    }

    private static int position(String text, boolean rows) {
        String t = text.replace("$", "").trim();
        boolean shape = rows
                ? t.chars().allMatch(c -> c >= '0' && c <= '9')
                : t.chars().allMatch(c -> (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'));
        if (!shape) {
            return -1;
        }
        CellAddress probe = rows ? CellAddress.tryParse("A" + t) : CellAddress.tryParse(t + "1");
        if (probe == null || t.isEmpty()) {
            return -1;
        }
        return rows ? probe.row() : probe.column();
    }
}
