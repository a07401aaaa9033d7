package com.gridvault.excel.snapshot;

/**
 * Size limits a snapshot must respect; anything larger is rejected before it is analyzed.
 *
 * @param maxCells the most cells across all sheets
 * @param maxFormulaLength the longest formula, in characters (Excel's own limit is 8,192)
 * @param maxSheets the most sheets
 * @param maxNames the most defined names
 */
public record SnapshotLimits(int maxCells, int maxFormulaLength, int maxSheets, int maxNames) {

    /** Default most cells per snapshot. */
    public static final int DEFAULT_MAX_CELLS = 200_000;

    /** Default longest formula: Excel's own limit. */
    public static final int DEFAULT_MAX_FORMULA_LENGTH = 8_192;

    /** Default most sheets. */
    public static final int DEFAULT_MAX_SHEETS = 255;

    /** Default most defined names. */
    public static final int DEFAULT_MAX_NAMES = 10_000;

    /** The defaults. */
    public static final SnapshotLimits DEFAULT =
            new SnapshotLimits(DEFAULT_MAX_CELLS, DEFAULT_MAX_FORMULA_LENGTH, DEFAULT_MAX_SHEETS, DEFAULT_MAX_NAMES);

    /** Rejects non-positive limits. */
    public SnapshotLimits {
        positive("maxCells", maxCells);
        positive("maxFormulaLength", maxFormulaLength);
        positive("maxSheets", maxSheets);
        positive("maxNames", maxNames);
    }

    private static void positive(String name, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be greater than 0, was " + value);
        }
    }
}
