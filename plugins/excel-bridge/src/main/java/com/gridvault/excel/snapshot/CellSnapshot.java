package com.gridvault.excel.snapshot;

/**
 * One non-empty cell as the add-in saw it.
 *
 * <p>Numbers of any boxed type are normalized to {@link Double} (JSON binders produce {@code
 * Integer} for {@code 5}); a formula's leading {@code =} is dropped, so {@code "=A1"} and {@code
 * "A1"} mean the same formula. Other value types are kept as they are and rejected by {@link
 * SnapshotValidator}.
 *
 * @param address the A1 address on its sheet, e.g. {@code B7}
 * @param value the displayed value: {@link Double}, {@link String}, {@link Boolean} or null
 * @param formula the formula without the leading {@code =}, or null for a constant
 * @param numberFormat the Excel number format, e.g. {@code 0.0%}, or null for General
 */
public record CellSnapshot(String address, Object value, String formula, String numberFormat) {

    /** Normalizes numbers and formulas. */
    public CellSnapshot {
        if (value instanceof Number number && !(value instanceof Double)) {
            value = number.doubleValue();
        }
        if (formula != null && formula.startsWith("=")) {
            formula = formula.substring(1);
        }
    }

    /**
     * A constant cell.
     *
     * @param address the A1 address
     * @param value the value
     * @return the cell
     */
    public static CellSnapshot value(String address, Object value) {
        return new CellSnapshot(address, value, null, null);
    }

    /**
     * A formula cell whose value is not known.
     *
     * @param address the A1 address
     * @param formula the formula, with or without {@code =}
     * @return the cell
     */
    public static CellSnapshot formula(String address, String formula) {
        return new CellSnapshot(address, null, formula, null);
    }

    /**
     * Tells whether the cell holds a formula.
     *
     * @return true for a formula cell
     */
    public boolean hasFormula() {
        return formula != null && !formula.isBlank();
    }

    /**
     * Tells whether the cell holds neither a value nor a formula (a format alone is empty).
     *
     * @return true when empty
     */
    public boolean isEmpty() {
        return !hasFormula() && (value == null || (value instanceof String s && s.isEmpty()));
    }
}
