package com.gridvault.documents.ingest.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns a raw cell grid (colspans expanded, as laid out in the source) into clean rows: whitespace
 * normalised, currency symbols and closing parentheses joined to their numbers, spacer columns
 * that are empty in every row removed, empty rows dropped.
 */
public final class TableCleaner {
    public static final TableCleaner DEFAULT = new TableCleaner();

    private static final Pattern NUMERIC =
            Pattern.compile("^[\\s$€£¥(]*[-+—–]?[\\d.,]+\\s*[)%]*\\s*(pts?|bps)?$|^[—–-]+$", Pattern.CASE_INSENSITIVE);

    private static final Pattern YEAR = Pattern.compile("^(19|20)\\d{2}$");

    /** Collapses runs of whitespace (including no-break and zero-width spaces) to one space and trims. */
    public static String cleanCell(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        StringBuilder out = null;
        boolean pendingSpace = false;
        int len = raw.length();
        for (int i = 0; i < len; i++) {
            char c = raw.charAt(i);
            boolean space =
                    Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b' || c == '\u2007' || c == '\u202f';
            if (out == null) {
                if (!space
                        || (i > 0
                                && i < len - 1
                                && c == ' '
                                && !isSpace(raw.charAt(i + 1))
                                && !isSpace(raw.charAt(i - 1)))) {
                    continue; // still identical to the input so far
                }
                out = new StringBuilder(len);
                out.append(raw, 0, i);
                trimTrailing(out);
                pendingSpace = out.length() > 0;
                continue;
            }
            if (space) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out == null ? raw : out.toString();
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b' || c == '\u2007' || c == '\u202f';
    }

    private static void trimTrailing(StringBuilder sb) {
        while (sb.length() > 0 && isSpace(sb.charAt(sb.length() - 1))) {
            sb.setLength(sb.length() - 1);
        }
    }

    /** A cleaned grid and its number of leading header rows. */
    public record CleanTable(List<List<String>> rows, int headerRows) {}

    /** Cleans {@code raw} and detects its header rows; {@code marks} flags source header rows. */
    public CleanTable tidy(List<List<String>> raw, boolean[] marks) {
        List<List<String>> kept = new ArrayList<>();
        List<Boolean> keptMarks = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            if (raw.get(i).stream().anyMatch(c -> !cleanCell(c).isEmpty())) {
                kept.add(raw.get(i));
                keptMarks.add(marks != null && i < marks.length && marks[i]);
            }
        }
        List<List<String>> rows = clean(kept);
        boolean[] m = new boolean[keptMarks.size()];
        for (int i = 0; i < m.length; i++) {
            m[i] = keptMarks.get(i);
        }
        return new CleanTable(rows, rows.size() == m.length ? headerRows(rows, m) : headerRows(rows, null));
    }

    public List<List<String>> clean(List<List<String>> raw) {
        List<List<String>> rows = new ArrayList<>();
        for (List<String> row : raw) {
            List<String> cells = new ArrayList<>(row.size());
            for (String cell : row) {
                cells.add(cleanCell(cell));
            }
            joinFragments(cells);
            if (cells.stream().anyMatch(c -> !c.isEmpty())) {
                rows.add(cells);
            }
        }
        return mergeComplementaryColumns(dropEmptyColumns(rows));
    }

    /**
     * Number of leading header rows: rows marked as header in the source ({@code <th>}) or, up to
     * three, rows without any numeric cell before the first data row. A table with no numbers at
     * all is assumed to have one header row.
     */
    public int headerRows(List<List<String>> rows, boolean[] markedHeader) {
        int limit = Math.min(3, rows.size() - 1);
        int headers = 0;
        while (headers < limit) {
            boolean th = markedHeader != null && headers < markedHeader.length && markedHeader[headers];
            if (th || rows.get(headers).stream().noneMatch(TableCleaner::isValue)) {
                headers++;
            } else {
                break;
            }
        }
        boolean anyNumber = rows.stream().flatMap(List::stream).anyMatch(TableCleaner::isNumeric);
        boolean firstMarked = markedHeader != null && markedHeader.length > 0 && markedHeader[0];
        if (!anyNumber && !firstMarked) {
            return rows.size() > 1 ? 1 : 0;
        }
        return Math.max(headers, 0);
    }

    /** A numeric cell that is not a year: years ("2024") are typical column headers. */
    private static boolean isValue(String cell) {
        return isNumeric(cell) && !YEAR.matcher(cell).matches();
    }

    static boolean isNumeric(String cell) {
        return !cell.isEmpty() && NUMERIC.matcher(cell).matches();
    }

    private static void joinFragments(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            if (c.equals("$") || c.equals("€") || c.equals("£")) {
                int next = nextNonEmpty(cells, i + 1);
                if (next >= 0) {
                    cells.set(next, c + cells.get(next));
                    cells.set(i, "");
                }
            } else if (c.equals(")") || c.equals("%") || c.equals(")%") || c.equals("%)")) {
                int prev = previousNonEmpty(cells, i - 1);
                if (prev >= 0) {
                    cells.set(prev, cells.get(prev) + c);
                    cells.set(i, "");
                }
            }
        }
    }

    private static int nextNonEmpty(List<String> cells, int from) {
        for (int i = from; i < cells.size(); i++) {
            if (!cells.get(i).isEmpty()) {
                return i;
            }
        }
        return -1;
    }

    private static int previousNonEmpty(List<String> cells, int from) {
        for (int i = from; i >= 0; i--) {
            if (!cells.get(i).isEmpty()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Merges neighbouring columns that are never both filled in the same row. Filings lay one
     * figure out over several cells ("$", number, ")") under a header spanning them all, so the
     * header and its numbers land in different grid columns; merging puts them back together.
     */
    private static List<List<String>> mergeComplementaryColumns(List<List<String>> rows) {
        List<List<String>> grid = new ArrayList<>();
        for (List<String> row : rows) {
            grid.add(new ArrayList<>(row));
        }
        int width = grid.stream().mapToInt(List::size).max().orElse(0);
        for (int c = 0; c + 1 < width; ) {
            final int col = c;
            boolean clash = grid.stream()
                    .anyMatch(r -> !cell(r, col).isEmpty() && !cell(r, col + 1).isEmpty());
            if (clash) {
                c++;
                continue;
            }
            for (List<String> r : grid) {
                while (r.size() < width) {
                    r.add("");
                }
                String merged = r.get(col).isEmpty() ? r.get(col + 1) : r.get(col);
                r.set(col, merged);
                r.remove(col + 1);
            }
            width--;
        }
        List<List<String>> out = new ArrayList<>(grid.size());
        for (List<String> r : grid) {
            out.add(List.copyOf(r));
        }
        return out;
    }

    private static String cell(List<String> row, int col) {
        return col < row.size() ? row.get(col) : "";
    }

    private static List<List<String>> dropEmptyColumns(List<List<String>> rows) {
        int width = rows.stream().mapToInt(List::size).max().orElse(0);
        boolean[] used = new boolean[width];
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                used[c] |= !row.get(c).isEmpty();
            }
        }
        List<List<String>> out = new ArrayList<>(rows.size());
        for (List<String> row : rows) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                if (used[c]) {
                    cells.add(c < row.size() ? row.get(c) : "");
                }
            }
            out.add(List.copyOf(cells));
        }
        return out;
    }
}
