package com.gridvault.excel.formula;

import static org.assertj.core.api.Assertions.assertThat;

import com.gridvault.excel.snapshot.CellAddress;
import com.gridvault.excel.snapshot.CellSnapshot;
import com.gridvault.excel.snapshot.SheetSnapshot;
import com.gridvault.excel.snapshot.WorkbookSnapshot;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The default limit's worth of formulas: 200,000 cells on two sheets, with running totals over
 * growing ranges (quadratic if ranges were expanded cell by cell), whole-column references,
 * cross-sheet references and one planted cycle, inconsistency and hard-coded number. The time is
 * printed for docs/adr/0012; the bound only catches a blow-up, not a regression of a few percent. The run is cold (class
 * loading, no JIT warm-up), like the first snapshot after a server start.
 */
class FormulaAnalyzerScaleTest {

    private static final int ROWS = 10_000;
    private static final int COLUMNS = 10;

    @Test
    void analyzesTwoHundredThousandFormulaCells() {
        WorkbookSnapshot snapshot = WorkbookSnapshot.of("wb", sheet("Calc", "Data"), sheet("Data", "Calc"));
        assertThat(snapshot.cellCount()).isEqualTo(2L * ROWS * COLUMNS);

        long start = System.nanoTime();
        FormulaReport report = FormulaAnalyzer.DEFAULT.analyze(snapshot);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("[excel-bridge] analyzed " + report.formulaCells() + " formula cells in " + millis + " ms");

        assertThat(report.formulaCells()).isEqualTo(200_000);
        assertThat(report.ofKind(FindingKind.CIRCULAR_REFERENCE))
                .singleElement()
                .extracting(Finding::cells)
                .isEqualTo(List.of("Calc!J5000"));
        assertThat(report.ofKind(FindingKind.HARD_CODED_NUMBER))
                .extracting(f -> f.sheet() + "!" + f.address())
                .containsExactly("Calc!C7000", "Data!C7000");
        assertThat(report.ofKind(FindingKind.INCONSISTENT_FORMULA))
                .extracting(f -> f.sheet() + "!" + f.address())
                .containsExactly("Calc!J5000", "Calc!C7000", "Data!C7000");
        assertThat(millis).isLessThan(60_000);
    }

    private static SheetSnapshot sheet(String name, String other) {
        List<CellSnapshot> cells = new ArrayList<>(ROWS * COLUMNS);
        for (int r = 1; r <= ROWS; r++) {
            cells.add(CellSnapshot.formula("A" + r, r == 1 ? "0" : "A" + (r - 1) + "+" + other + "!B" + (r - 1)));
            cells.add(CellSnapshot.formula("B" + r, "SUM($A$1:A" + r + ")"));
            cells.add(CellSnapshot.formula("C" + r, r == 7000 ? "B" + r + "*1.07" : "B" + r + "*(1+$K$1)"));
            for (int c = 3; c < COLUMNS - 1; c++) {
                String left = CellAddress.columnLetters(c - 1) + r;
                cells.add(CellSnapshot.formula(CellAddress.columnLetters(c) + r, "ROUND(" + left + ",2)"));
            }
            String last = "J" + r;
            cells.add(CellSnapshot.formula(last, name.equals("Calc") && r == 5000 ? "SUM(J:J)" : "MAX(I" + r + ",0)"));
        }
        return SheetSnapshot.of(name, cells);
    }
}
