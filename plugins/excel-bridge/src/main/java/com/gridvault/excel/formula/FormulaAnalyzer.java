package com.gridvault.excel.formula;

import com.gridvault.excel.snapshot.CellAddress;
import com.gridvault.excel.snapshot.CellSnapshot;
import com.gridvault.excel.snapshot.NamedRange;
import com.gridvault.excel.snapshot.SheetSnapshot;
import com.gridvault.excel.snapshot.SnapshotValidator;
import com.gridvault.excel.snapshot.WorkbookSnapshot;
import com.gridvault.plugin.api.validation.InvalidInputException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apache.poi.ss.formula.FormulaType;

/**
 * Checks every formula of a snapshot without an LLM: syntax errors, broken and external
 * references, circular references across sheets, hard-coded numbers and formulas that break
 * their row's or column's pattern. Stateless and thread-safe; use {@link #DEFAULT}.
 *
 * <p>Each formula is tokenized once by Apache POI's formula parser; every rule then reads the
 * tokens. See {@code docs/adr/0012-excel-formula-intelligence.md} for the choice of parser and
 * the measured cost.
 */
public final class FormulaAnalyzer {

    /** An analyzer that validates snapshots against {@link SnapshotValidator#DEFAULT}. */
    public static final FormulaAnalyzer DEFAULT = new FormulaAnalyzer(SnapshotValidator.DEFAULT);

    /** Cells listed in a cycle's message; the finding's {@code cells} lists all of them. */
    private static final int CYCLE_CELLS_IN_MESSAGE = 12;

    private final SnapshotValidator validator;

    /**
     * Creates an analyzer.
     *
     * @param validator checks each snapshot (and its size limits) before it is analyzed
     */
    public FormulaAnalyzer(SnapshotValidator validator) {
        this.validator = Objects.requireNonNull(validator, "validator");
    }

    /**
     * Analyzes a snapshot.
     *
     * @param snapshot the snapshot
     * @return the findings, ordered by kind, then sheet order, row and column
     * @throws InvalidInputException when the snapshot is invalid or over its limits
     */
    public FormulaReport analyze(WorkbookSnapshot snapshot) {
        validator.check(snapshot);
        SnapshotBook book = new SnapshotBook(snapshot);
        List<FormulaCell> cells = tokenize(snapshot, book);
        List<Finding> findings = new ArrayList<>();
        References references = new References(book);
        for (int i = 0; i < snapshot.names().size(); i++) {
            NamedRange name = snapshot.names().get(i);
            ReferenceRule.checkName(
                    name.name(), name.scope(), name.refersTo(), references.parseName(name), book, findings);
        }
        for (FormulaCell cell : cells) {
            ReferenceRule.check(cell, book, findings);
            if (cell.parsed()) {
                HardCodedNumberRule.check(cell, findings);
            }
        }
        consistency(snapshot.sheets().size(), cells, findings);
        cycles(snapshot.sheets().size(), cells, references, findings);
        findings.sort(Comparator.comparing(Finding::kind)); // stable: keeps cell order within a kind
        return new FormulaReport(cells.size(), findings);
    }

    private static List<FormulaCell> tokenize(WorkbookSnapshot snapshot, SnapshotBook book) {
        List<FormulaCell> cells = new ArrayList<>();
        for (int s = 0; s < snapshot.sheets().size(); s++) {
            SheetSnapshot sheet = snapshot.sheets().get(s);
            List<CellSnapshot> formulas = new ArrayList<>();
            for (CellSnapshot cell : sheet.cells()) {
                if (cell.hasFormula()) {
                    formulas.add(cell);
                }
            }
            List<CellAddress> addresses = new ArrayList<>(formulas.size());
            formulas.forEach(c -> addresses.add(CellAddress.parse(c.address())));
            Integer[] order = new Integer[formulas.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            java.util.Arrays.sort(order, Comparator.comparing(addresses::get));
            for (int i : order) {
                CellAddress a = addresses.get(i);
                String formula = formulas.get(i).formula();
                Tokenizer.Result parsed = Tokenizer.parse(book, formula, FormulaType.CELL, s, a.row());
                cells.add(new FormulaCell(
                        s, sheet.name(), a.row(), a.column(), a.toA1(), formula, parsed.tokens(), parsed.error()));
            }
        }
        return cells;
    }

    private static void consistency(int sheets, List<FormulaCell> cells, List<Finding> findings) {
        List<List<FormulaCell>> bySheet = new ArrayList<>();
        List<List<String>> forms = new ArrayList<>();
        for (int s = 0; s < sheets; s++) {
            bySheet.add(new ArrayList<>());
            forms.add(new ArrayList<>());
        }
        for (FormulaCell cell : cells) {
            if (cell.parsed()) {
                bySheet.get(cell.sheet).add(cell);
                forms.get(cell.sheet).add(RelativeForm.of(cell));
            }
        }
        for (int s = 0; s < sheets; s++) {
            ConsistencyRule.check(bySheet.get(s), forms.get(s), findings);
        }
    }

    private static void cycles(int sheets, List<FormulaCell> cells, References references, List<Finding> findings) {
        int n = cells.size();
        int[] sheet = new int[n];
        int[] row = new int[n];
        int[] column = new int[n];
        List<List<Target>> precedents = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            FormulaCell cell = cells.get(i);
            sheet[i] = cell.sheet;
            row[i] = cell.row;
            column[i] = cell.column;
            precedents.add(cell.parsed() ? references.targets(cell.tokens, cell.sheet) : List.of());
        }
        PrecedentGraph graph = PrecedentGraph.build(sheets, sheet, row, column, precedents);
        List<int[]> cycles = CycleFinder.cycles(graph);
        cycles.sort(Comparator.comparingInt(c -> c[0]));
        for (int[] cycle : cycles) {
            List<String> keys = new ArrayList<>(cycle.length);
            for (int id : cycle) {
                keys.add(cells.get(id).key());
            }
            FormulaCell first = cells.get(cycle[0]);
            String listed = String.join(", ", keys.subList(0, Math.min(keys.size(), CYCLE_CELLS_IN_MESSAGE)));
            String more = keys.size() > CYCLE_CELLS_IN_MESSAGE
                    ? " and " + (keys.size() - CYCLE_CELLS_IN_MESSAGE) + " more"
                    : "";
            String message = keys.size() == 1
                    ? "circular reference: " + listed + " depends on itself"
                    : "circular reference: " + keys.size() + " cells depend on each other: " + listed + more;
            findings.add(new Finding(
                    FindingKind.CIRCULAR_REFERENCE, first.sheetName, first.address, message, Severity.ERROR, keys));
        }
    }
}
