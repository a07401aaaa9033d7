package com.gridvault.excel.formula;

import static com.gridvault.excel.formula.Sheets.book;
import static com.gridvault.excel.formula.Sheets.sheet;
import static org.assertj.core.api.Assertions.assertThat;

import com.gridvault.excel.snapshot.NamedRange;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceEdgeCasesTest {

    private final FormulaAnalyzer analyzer = FormulaAnalyzer.DEFAULT;

    @Test
    void refErrorInsideAStringIsText() {
        FormulaReport report = analyzer.analyze(book(sheet("S", "A1", "=\"#REF!\"&\"x\"")));

        assertThat(report.findings()).isEmpty();
        assertThat(ReferenceRule.containsRefError("\"#REF!\"")).isFalse();
        assertThat(ReferenceRule.containsRefError("Sheet2!#ref!")).isTrue();
    }

    @Test
    void deletedSheetReferenceThatPoiCannotParseIsStillABrokenReference() {
        FormulaReport report = analyzer.analyze(book(sheet("S", "A1", "=Old!#REF!+1")));

        assertThat(report.ofKind(FindingKind.BROKEN_REFERENCE)).singleElement().satisfies(f -> assertThat(f.message())
                .contains("#REF!"));
        assertThat(report.ofKind(FindingKind.SYNTAX_ERROR)).isEmpty();
    }

    @Test
    void structuredTableReferencesAreNotAnalyzedRatherThanErrors() {
        FormulaReport report = analyzer.analyze(book(sheet("S", "A1", "=SUM(Sales[Amount])")));

        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FindingKind.NOT_ANALYZED);
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.message()).contains("Sales");
        });
    }

    @Test
    void sheetScopedNamesResolveOnTheirSheetOnly() {
        List<NamedRange> names = List.of(new NamedRange("Rate", "A!$B$1", "A"), new NamedRange("Local", "B!$A$1", "B"));
        FormulaReport report = analyzer.analyze(book(
                names,
                sheet("A", "B1", 0.1, "C1", "=Rate*2", "C2", "=B!Local"),
                sheet("B", "A1", "=A!C2", "A2", "=Rate")));

        assertThat(report.ofKind(FindingKind.BROKEN_REFERENCE)).singleElement().satisfies(f -> {
            assertThat(f.sheet()).isEqualTo("B");
            assertThat(f.address()).isEqualTo("A2");
            assertThat(f.message()).contains("name 'Rate' is not defined");
        });
        // B!A1 -> A!C2 -> B!Local (= B!A1): a cycle through a sheet-scoped name.
        assertThat(report.ofKind(FindingKind.CIRCULAR_REFERENCE))
                .singleElement()
                .extracting(Finding::cells)
                .isEqualTo(List.of("A!C2", "B!A1"));
    }

    @Test
    void namesThatReferToEachOtherDoNotLoopForever() {
        List<NamedRange> names = List.of(NamedRange.of("X", "Y"), NamedRange.of("Y", "X"));

        FormulaReport report = analyzer.analyze(book(names, sheet("S", "A1", "=X+1")));

        assertThat(report.ofKind(FindingKind.CIRCULAR_REFERENCE)).isEmpty();
        assertThat(report.ofKind(FindingKind.BROKEN_REFERENCE)).isEmpty();
    }

    @Test
    void manyNamesAndManyFormulasStayFast() {
        List<NamedRange> names = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            names.add(NamedRange.of("N" + i + "_x", "S!$A$" + (i + 1)));
        }
        Object[] cells = new Object[2 * 20_000];
        for (int i = 0; i < 20_000; i++) {
            cells[2 * i] = "B" + (i + 1);
            cells[2 * i + 1] = "=N" + (i % 10_000) + "_x+N" + ((i * 7) % 10_000) + "_x";
        }
        long start = System.nanoTime();

        FormulaReport report = analyzer.analyze(book(names, sheet("S", cells)));

        assertThat(report.formulaCells()).isEqualTo(20_000);
        assertThat(report.ofKind(FindingKind.BROKEN_REFERENCE)).isEmpty();
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(20_000);
    }
}
