package com.gridvault.excel.snapshot;

/**
 * A cell position on a sheet, zero-based, within Excel's grid (1,048,576 rows by 16,384 columns).
 *
 * @param row the zero-based row, {@code A1} is row 0
 * @param column the zero-based column, {@code A1} is column 0
 */
public record CellAddress(int row, int column) implements Comparable<CellAddress> {

    /** Rows in an Excel 2007+ sheet. */
    public static final int MAX_ROWS = 1_048_576;

    /** Columns in an Excel 2007+ sheet ({@code XFD}). */
    public static final int MAX_COLUMNS = 16_384;

    /** Rejects positions outside the grid. */
    public CellAddress {
        if (row < 0 || row >= MAX_ROWS) {
            throw new IllegalArgumentException("row must be within [0, " + (MAX_ROWS - 1) + "], was " + row);
        }
        if (column < 0 || column >= MAX_COLUMNS) {
            throw new IllegalArgumentException("column must be within [0, " + (MAX_COLUMNS - 1) + "], was " + column);
        }
    }

    /**
     * Parses an A1 reference such as {@code B7} or {@code $B$7} (the dollars are ignored).
     *
     * @param a1 the reference
     * @return the address
     * @throws IllegalArgumentException when {@code a1} is not a single cell inside the grid
     */
    public static CellAddress parse(String a1) {
        CellAddress address = tryParse(a1);
        if (address == null) {
            throw new IllegalArgumentException("not an A1 cell address inside the grid: '" + a1 + "'");
        }
        return address;
    }

    /**
     * Parses an A1 reference, or returns null when it is not one.
     *
     * @param a1 the reference, possibly null
     * @return the address, or null
     */
    public static CellAddress tryParse(String a1) {
        if (a1 == null) {
            return null;
        }
        int i = 0;
        int n = a1.length();
        if (i < n && a1.charAt(i) == '$') {
            i++;
        }
        long column = 0;
        int letters = 0;
        while (i < n && letters < 4) {
            char c = Character.toUpperCase(a1.charAt(i));
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
            letters++;
            i++;
        }
        if (letters == 0) {
            return null;
        }
        if (i < n && a1.charAt(i) == '$') {
            i++;
        }
        long row = 0;
        int digits = 0;
        while (i < n && digits < 8) {
            char c = a1.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
            row = row * 10 + (c - '0');
            digits++;
            i++;
        }
        if (digits == 0 || i != n || row < 1 || row > MAX_ROWS || column > MAX_COLUMNS) {
            return null;
        }
        return new CellAddress((int) row - 1, (int) column - 1);
    }

    /**
     * Returns the column letters, e.g. {@code AB} for column 27.
     *
     * @param column the zero-based column
     * @return the letters
     */
    public static String columnLetters(int column) {
        StringBuilder sb = new StringBuilder(3);
        int c = column + 1;
        while (c > 0) {
            int rem = (c - 1) % 26;
            sb.append((char) ('A' + rem));
            c = (c - 1) / 26;
        }
        return sb.reverse().toString();
    }

    /**
     * Returns the relative A1 form, e.g. {@code B7}.
     *
     * @return the A1 reference
     */
    public String toA1() {
        return columnLetters(column) + (row + 1);
    }

    /**
     * Returns the address {@code rows} down and {@code columns} right, or null when off the grid.
     *
     * @param rows rows to move (negative moves up)
     * @param columns columns to move (negative moves left)
     * @return the moved address, or null
     */
    public CellAddress offset(int rows, int columns) {
        int r = row + rows;
        int c = column + columns;
        if (r < 0 || r >= MAX_ROWS || c < 0 || c >= MAX_COLUMNS) {
            return null;
        }
        return new CellAddress(r, c);
    }

    /**
     * Whether this cell lies inside a range, edges included.
     *
     * @param range {@code [topLeft, bottomRight]}, as {@code Ranges.parseRange} returns it
     * @return true when inside
     */
    public boolean isIn(CellAddress[] range) {
        return row >= range[0].row && row <= range[1].row && column >= range[0].column && column <= range[1].column;
    }

    @Override
    public int compareTo(CellAddress other) {
        int byRow = Integer.compare(row, other.row);
        return byRow != 0 ? byRow : Integer.compare(column, other.column);
    }

    @Override
    public String toString() {
        return toA1();
    }

    /**
     * Normalizes an A1 string (upper case, no dollars), or returns it unchanged when it is not one.
     *
     * @param a1 the reference
     * @return the normalized reference
     */
    static String normalize(String a1) {
        CellAddress address = tryParse(a1);
        return address == null ? a1 : address.toA1();
    }
}
