package com.gridvault.excel.formula;

import static com.gridvault.excel.formula.Sheets.book;
import static com.gridvault.excel.formula.Sheets.sheet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gridvault.excel.snapshot.NamedRange;
import com.gridvault.excel.snapshot.SnapshotLimits;
import com.gridvault.excel.snapshot.SnapshotValidator;
import com.gridvault.plugin.api.validation.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormulaAnalyzerTest {

    private final FormulaAnalyzer analyzer = FormulaAnalyzer.DEFAULT;

    @Test
    void cleanModelHasNoFindings() {
        FormulaReport report = analyzer.analyze(book(sheet(
                "Model",
                "A1",
                "Growth",
                "B1",
                0.05,
                "B2",
                100.0,
                "C2",
                "=B2*(1+$B$1)",
                "D2",
                "=C2*(1+$B$1)",
                "E2",
                "=D2*(1+$B$1)",
                "F2",
                "=SUM(B2:E2)")));

        assertThat(report.formulaCells()).isEqualTo(4);
        assertThat(report.findings()).isEmpty();
    }

    @Test
    void syntaxErrorSaysWhatIsWrong() {
        FormulaReport report = analyzer.analyze(book(sheet("S", "A1", "=SUM(B1:B3", "A2", "=B1**2")));

        assertThat(report.ofKind(FindingKind.SYNTAX_ERROR))
                .extracting(Finding::address)
                .containsExactly("A1", "A2");
        assertThat(report.ofKind(FindingKind.SYNTAX_ERROR).get(1).message())
                .startsWith("the formula does not parse: ")
                .contains("char");
        assertThat(report.ofKind(FindingKind.SYNTAX_ERROR)).allMatch(f -> f.severity() == Severity.ERROR);
    }

    @Test
    void brokenReferencesNameTheMissingSheetOrName() {
        FormulaReport report = analyzer.analyze(book(
                List.of(NamedRange.of("WACC", "Inputs!$B$2"), NamedRange.of("Dead", "#REF!")),
                sheet("Inputs", "B2", 0.08),
                sheet(
                        "Model",
                        "A1",
                        "=#REF!+1",
                        "A2",
                        "=Nowhere!B2*2",
                        "A3",
                        "=WACC+Missing_Rate",
                        "A4",
                        "=Inputs!B2+WACC",
                        "A5",
                        "=Dead")));

        List<Finding> broken = report.ofKind(FindingKind.BROKEN_REFERENCE);
        assertThat(broken).extracting(Finding::address).containsExactly(null, "A1", "A2", "A3");
        assertThat(broken.get(0).message()).contains("name Dead").contains("#REF!");
        assertThat(broken.get(2).message()).contains("sheet 'Nowhere' is not in the workbook");
        assertThat(broken.get(3).message()).contains("name 'Missing_Rate' is not defined");
        assertThat(report.ofKind(FindingKind.SYNTAX_ERROR)).isEmpty();
    }

    @Test
    void externalWorkbookLinksAreWarnings() {
        FormulaReport report = analyzer.analyze(book(sheet("S", "A1", "=[Budget.xlsx]Plan!B2*2")));

        assertThat(report.ofKind(FindingKind.EXTERNAL_REFERENCE))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.message()).contains("[Budget.xlsx]Plan");
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                });
    }

    @Test
    void unknownFunctionsAreNotErrors() {
        FormulaReport report = analyzer.analyze(book(sheet("S", "A1", 1.0, "B1", "=XLOOKUP(A1,A1:A3,A1:A3)")));

        assertThat(report.findings()).isEmpty();
    }

    @Test
    void circularReferencesAcrossSheetsAreReportedOnceWithTheirCells() {
        FormulaReport report = analyzer.analyze(book(
                sheet("A", "A1", "=B!A1+1", "A2", "=A2*2", "A3", "=SUM(A1:A5)"),
                sheet("B", "A1", "=A!A1", "B1", "=A1")));

        List<Finding> cycles = report.ofKind(FindingKind.CIRCULAR_REFERENCE);
        assertThat(cycles).hasSize(3);
        assertThat(cycles.get(0).cells()).containsExactly("A!A1", "B!A1");
        assertThat(cycles.get(1).cells()).containsExactly("A!A2");
        assertThat(cycles.get(2).cells()).containsExactly("A!A3");
        assertThat(cycles.get(2).message()).contains("depends on itself");
    }

    @Test
    void cycleThroughDefinedName() {
        FormulaReport report = analyzer.analyze(
                book(List.of(NamedRange.of("Revenue", "S!$A$1:$A$3")), sheet("S", "A1", 5.0, "A2", "=SUM(Revenue)")));

        assertThat(report.ofKind(FindingKind.CIRCULAR_REFERENCE))
                .singleElement()
                .extracting(Finding::cells)
                .isEqualTo(List.of("S!A2"));
    }

    @Test
    void sheetSpanReferencesReachEverySheetInBetween() {
        FormulaReport report = analyzer.analyze(book(
                sheet("Jan", "A1", 1.0), sheet("Feb", "A1", "=Total!A1"), sheet("Total", "A1", "=SUM(Jan:Feb!A1)")));

        assertThat(report.ofKind(FindingKind.CIRCULAR_REFERENCE))
                .singleElement()
                .extracting(Finding::cells)
                .isEqualTo(List.of("Feb!A1", "Total!A1"));
    }

    @Test
    void longChainWithOneCycleDoesNotOverflowTheStack() {
        int n = 100_000;
        Object[] cells = new Object[2 * n];
        for (int i = 0; i < n; i++) {
            cells[2 * i] = "A" + (i + 1);
            cells[2 * i + 1] = i == 0 ? "=A" + n : "=A" + i;
        }
        FormulaReport report = analyzer.analyze(book(sheet("S", cells)));

        assertThat(report.ofKind(FindingKind.CIRCULAR_REFERENCE))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.cells()).hasSize(n);
                    assertThat(f.message()).contains(n + " cells").contains("and " + (n - 12) + " more");
                });
    }

    @Test
    void hardCodedNumbersIgnoreConventions() {
        FormulaReport report = analyzer.analyze(book(sheet(
                "S",
                "A1",
                1.0,
                "B1",
                "=A1*1.07",
                "B2",
                "=A1/12+A1*100-A1/1000",
                "B3",
                "=ROUND(A1,2)+VLOOKUP(A1,A1:C9,3,FALSE)",
                "B4",
                "=A1+12",
                "B5",
                "=A1*7%",
                "B6",
                "=MAX(0,A1)*(1+A1)",
                "B7",
                "=IF(A1>5000,A1*0.35,0)")));

        List<Finding> numbers = report.ofKind(FindingKind.HARD_CODED_NUMBER);
        assertThat(numbers).extracting(Finding::address).containsExactly("B1", "B4", "B5", "B7");
        assertThat(numbers.get(0).message()).contains("hard-coded number 1.07 ");
        assertThat(numbers.get(1).message()).contains(" 12 ");
        assertThat(numbers.get(2).message()).contains(" 7% ");
        assertThat(numbers.get(3).message()).contains("numbers 5000, 0.35 ");
    }

    @Test
    void inconsistentFormulaInARowIsFlagged() {
        FormulaReport report = analyzer.analyze(book(sheet(
                "S",
                "B1",
                1.0,
                "C1",
                2.0,
                "D1",
                3.0,
                "E1",
                4.0,
                "F1",
                5.0,
                "B2",
                "=B1*2",
                "C2",
                "=C1*2",
                "D2",
                "=B1*2",
                "E2",
                "=E1*2",
                "F2",
                "=F1*2",
                "G2",
                "=SUM(B2:F2)")));

        assertThat(report.ofKind(FindingKind.INCONSISTENT_FORMULA))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.address()).isEqualTo("D2");
                    assertThat(f.message())
                            .contains("row")
                            .contains("C2 (=C1*2)")
                            .contains("E2 (=E1*2)");
                });
    }

    @Test
    void twoConsistentNeighboursAreNotEnough() {
        FormulaReport report = analyzer.analyze(book(sheet("S", "A1", "=A5+1", "A2", "=B9", "A3", "=A7+1")));

        assertThat(report.ofKind(FindingKind.INCONSISTENT_FORMULA)).isEmpty();
    }

    @Test
    void inconsistentFormulaInAColumn() {
        FormulaReport report = analyzer.analyze(
                book(sheet("S", "B1", "=A1", "B2", "=A2", "B3", "=A3", "B4", "=C4", "B5", "=A5", "B6", "=A6")));

        assertThat(report.ofKind(FindingKind.INCONSISTENT_FORMULA))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("column"))
                .extracting(Finding::address)
                .isEqualTo("B4");
    }

    @Test
    void oversizedSnapshotIsRejectedBeforeAnalysis() {
        FormulaAnalyzer small = new FormulaAnalyzer(new SnapshotValidator(new SnapshotLimits(3, 8192, 255, 100)));

        assertThatThrownBy(() -> small.analyze(book(sheet("S", "A1", 1.0, "A2", 2.0, "A3", 3.0, "A4", "=A1"))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("4 cells, more than the limit of 3");
    }
}
