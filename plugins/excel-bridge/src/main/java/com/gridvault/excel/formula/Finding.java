package com.gridvault.excel.formula;

import java.util.List;
import java.util.Objects;

/**
 * One problem found in a workbook.
 *
 * @param kind what the finding is about
 * @param sheet the sheet of the cell it is reported on (a defined name's scope, or null)
 * @param address the A1 address of that cell, or null for a finding about a defined name
 * @param message what is wrong, for the analyst
 * @param severity how much it matters
 * @param cells every cell involved as {@code Sheet!A1} (a cycle's members; otherwise just the cell,
 *     or {@code name X} for a defined name)
 */
public record Finding(
        FindingKind kind, String sheet, String address, String message, Severity severity, List<String> cells) {

    /** Rejects null parts; copies the cell list. */
    public Finding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(severity, "severity");
        cells = cells == null ? List.of() : List.copyOf(cells);
    }

    /**
     * A finding about a single cell.
     *
     * @param kind the kind
     * @param sheet the sheet
     * @param address the A1 address
     * @param message the message
     * @param severity the severity
     */
    public Finding(FindingKind kind, String sheet, String address, String message, Severity severity) {
        this(kind, sheet, address, message, severity, List.of(CellKey.qualified(sheet, address)));
    }
}
