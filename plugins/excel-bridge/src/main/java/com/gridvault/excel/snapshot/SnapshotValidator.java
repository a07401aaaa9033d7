package com.gridvault.excel.snapshot;

import com.gridvault.plugin.api.validation.FieldErrors;
import com.gridvault.plugin.api.validation.InvalidInputException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Checks a snapshot at the boundary and names every bad field, e.g. {@code sheets[1].cells[40].formula}.
 *
 * <p>Size limits come first and cost O(sheets): a snapshot with more cells than {@link
 * SnapshotLimits#maxCells()} or more sheets than {@link SnapshotLimits#maxSheets()} is rejected
 * without looking at a single cell. Then, per sheet: a name Excel would accept (1-31 characters,
 * none of {@code []:*?/\}), unique ignoring case; per cell: an A1 address inside the grid, unique
 * on its sheet, a value that is a finite number, a string, a boolean or null, and a formula no
 * longer than {@link SnapshotLimits#maxFormulaLength()}. Defined names need a name, a target and a
 * scope that is one of the sheets.
 */
public final class SnapshotValidator {

    /** Validates against {@link SnapshotLimits#DEFAULT}. */
    public static final SnapshotValidator DEFAULT = new SnapshotValidator(SnapshotLimits.DEFAULT);

    private static final int MAX_SHEET_NAME = 31;

    private final SnapshotLimits limits;

    /**
     * Creates a validator.
     *
     * @param limits the limits to enforce
     */
    public SnapshotValidator(SnapshotLimits limits) {
        this.limits = java.util.Objects.requireNonNull(limits, "limits");
    }

    /**
     * Returns the limits this validator enforces.
     *
     * @return the limits
     */
    public SnapshotLimits limits() {
        return limits;
    }

    /**
     * Throws when the snapshot is invalid.
     *
     * @param snapshot the snapshot, possibly null
     * @throws InvalidInputException listing every invalid field
     */
    public void check(WorkbookSnapshot snapshot) {
        FieldErrors errors = FieldErrors.create();
        validate(errors, snapshot);
        errors.throwIfAny();
    }

    /**
     * Records every problem of the snapshot into {@code errors}.
     *
     * @param errors the collector
     * @param snapshot the snapshot, possibly null
     */
    public void validate(FieldErrors errors, WorkbookSnapshot snapshot) {
        if (snapshot == null) {
            errors.add("snapshot", "is required");
            return;
        }
        errors.check(snapshot.workbookId() != null && !snapshot.workbookId().isBlank(), "workbookId", "is required");
        if (snapshot.sheets().size() > limits.maxSheets()) {
            errors.add(
                    "sheets",
                    "has " + snapshot.sheets().size() + " sheets, more than the limit of " + limits.maxSheets());
            return;
        }
        long cells = snapshot.cellCount();
        if (cells > limits.maxCells()) {
            errors.add(
                    "sheets",
                    "the snapshot has " + cells + " cells, more than the limit of " + limits.maxCells()
                            + "; send the used ranges of fewer sheets, or only the selection");
            return;
        }
        if (snapshot.names().size() > limits.maxNames()) {
            errors.add(
                    "names", "has " + snapshot.names().size() + " names, more than the limit of " + limits.maxNames());
            return;
        }
        Set<String> sheetNames = new HashSet<>();
        for (int i = 0; i < snapshot.sheets().size(); i++) {
            checkSheet(errors, "sheets[" + i + "]", snapshot.sheets().get(i), sheetNames);
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < snapshot.names().size(); i++) {
            checkName(errors, "names[" + i + "]", snapshot.names().get(i), sheetNames, names);
        }
    }

    private void checkSheet(FieldErrors errors, String path, SheetSnapshot sheet, Set<String> sheetNames) {
        if (sheet == null) {
            errors.add(path, "is required");
            return;
        }
        String name = sheet.name();
        if (name == null || name.isBlank()) {
            errors.add(path + ".name", "is required");
        } else if (name.length() > MAX_SHEET_NAME) {
            errors.add(path + ".name", "must have at most " + MAX_SHEET_NAME + " characters, had " + name.length());
        } else if (name.chars().anyMatch(c -> "[]:*?/\\".indexOf(c) >= 0)) {
            errors.add(path + ".name", "must not contain any of [ ] : * ? / \\, was '" + name + "'");
        } else if (!sheetNames.add(name.toLowerCase(Locale.ROOT))) {
            errors.add(path + ".name", "duplicates another sheet's name '" + name + "' (names ignore case)");
        }
        Set<CellAddress> seen = new HashSet<>();
        for (int j = 0; j < sheet.cells().size(); j++) {
            checkCell(errors, path + ".cells[" + j + "]", sheet.cells().get(j), seen);
        }
    }

    private void checkCell(FieldErrors errors, String path, CellSnapshot cell, Set<CellAddress> seen) {
        if (cell == null) {
            errors.add(path, "is required");
            return;
        }
        CellAddress address = CellAddress.tryParse(cell.address());
        if (address == null) {
            errors.add(
                    path + ".address",
                    "must be a single A1 cell inside the grid (A1 to XFD1048576), was '" + cell.address() + "'");
        } else if (!seen.add(address)) {
            errors.add(path + ".address", "duplicates another cell at " + address.toA1());
        }
        Object value = cell.value();
        if (value instanceof Double d) {
            errors.finite(path + ".value", d);
        } else if (value != null && !(value instanceof String) && !(value instanceof Boolean)) {
            errors.add(
                    path + ".value",
                    "must be a number, a string, a boolean or null, was a "
                            + value.getClass().getSimpleName());
        }
        String formula = cell.formula();
        if (formula != null && formula.length() > limits.maxFormulaLength()) {
            errors.add(
                    path + ".formula",
                    "has " + formula.length() + " characters, more than the limit of " + limits.maxFormulaLength());
        }
    }

    private static void checkName(
            FieldErrors errors, String path, NamedRange name, Set<String> sheetNames, Set<String> names) {
        if (name == null) {
            errors.add(path, "is required");
            return;
        }
        if (name.name() == null || name.name().isBlank()) {
            errors.add(path + ".name", "is required");
        } else {
            String key = (name.scope() == null ? "" : name.scope().toLowerCase(Locale.ROOT)) + "!"
                    + name.name().toLowerCase(Locale.ROOT);
            errors.check(names.add(key), path + ".name", "duplicates another name '" + name.name() + "' in its scope");
        }
        errors.check(name.refersTo() != null && !name.refersTo().isBlank(), path + ".refersTo", "is required");
        if (name.scope() != null) {
            errors.check(
                    sheetNames.contains(name.scope().toLowerCase(Locale.ROOT)),
                    path + ".scope",
                    "must name one of the snapshot's sheets, was '" + name.scope() + "'");
        }
    }
}
