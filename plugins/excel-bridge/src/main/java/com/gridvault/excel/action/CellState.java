package com.gridvault.excel.action;

import com.gridvault.excel.snapshot.CellSnapshot;
import java.util.Objects;

/**
 * A cell's content and format at one moment, as used in previews and checkpoints.
 *
 * @param value a {@link Double}, {@link String}, {@link Boolean} or null (other numbers become Double)
 * @param formula the formula without {@code =}, or null
 * @param numberFormat the number format, or null for General
 */
public record CellState(Object value, String formula, String numberFormat) {

    /** An empty, unformatted cell. */
    public static final CellState EMPTY = new CellState(null, null, null);

    /** Normalizes numbers and formulas as {@link CellSnapshot} does. */
    public CellState {
        if (value instanceof Number number && !(value instanceof Double)) {
            value = number.doubleValue();
        }
        if (formula != null && formula.startsWith("=")) {
            formula = formula.substring(1);
        }
    }

    /**
     * The state of a snapshot cell, or {@link #EMPTY} for a cell the snapshot does not have.
     *
     * @param cell the cell, possibly null
     * @return its state
     */
    public static CellState of(CellSnapshot cell) {
        return cell == null ? EMPTY : new CellState(cell.value(), cell.formula(), cell.numberFormat());
    }

    /**
     * A constant.
     *
     * @param value the value
     * @return the state
     */
    public static CellState value(Object value) {
        return new CellState(value, null, null);
    }

    /**
     * A formula.
     *
     * @param formula the formula
     * @return the state
     */
    public static CellState formula(String formula) {
        return new CellState(null, formula, null);
    }

    /**
     * Tells whether the cell has a formula.
     *
     * @return true when it has one
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

    /**
     * Tells whether two states hold the same content (value and formula), ignoring the format.
     *
     * @param other the other state
     * @return true when the contents match
     */
    public boolean sameContent(CellState other) {
        if (isEmpty() && other.isEmpty()) {
            return true;
        }
        return Objects.equals(value, other.value) && Objects.equals(formula, other.formula);
    }
}
