package com.gridvault.excel.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.gridvault.excel.snapshot.CellSnapshot;
import com.gridvault.excel.snapshot.NamedRange;
import com.gridvault.excel.snapshot.SheetSnapshot;
import com.gridvault.excel.snapshot.WorkbookSnapshot;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelTypeDetectorTest {

    private final ModelTypeDetector detector = ModelTypeDetector.DEFAULT;

    private static SheetSnapshot labels(String sheet, String... labels) {
        List<CellSnapshot> cells = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            cells.add(CellSnapshot.value("A" + (i + 1), labels[i]));
            cells.add(CellSnapshot.value("B" + (i + 1), 1.0 + i));
        }
        return SheetSnapshot.of(sheet, cells);
    }

    @Test
    void dcfFromLabelsAndSheetName() {
        ModelDetection d = detector.detect(WorkbookSnapshot.of(
                "wb", labels("Valuation", "Unlevered Free Cash Flow", "WACC", "Terminal Value", "Discount Factor")));

        assertThat(d.type()).isEqualTo(ModelType.DCF);
        assertThat(d.confidence()).isBetween(0.8, 1.0);
        assertThat(d.evidence())
                .contains("label 'WACC' at Valuation!A2", "a terminal value discounted at a cost of capital");
    }

    @Test
    void lboWinsOverTheStatementsItCarries() {
        ModelDetection d = detector.detect(WorkbookSnapshot.of(
                "wb",
                labels("Sources & Uses", "Sponsor Equity", "Senior Debt", "Term Loan B"),
                labels("Returns", "IRR", "MOIC"),
                labels("Model", "Income Statement", "Balance Sheet", "Net Income")));

        assertThat(d.type()).isEqualTo(ModelType.LBO);
        assertThat(d.evidence()).first().asString().contains("Sponsor Equity");
        assertThat(d.scores().get(ModelType.THREE_STATEMENT)).isPositive();
        assertThat(d.confidence())
                .isLessThan(detector.detect(WorkbookSnapshot.of(
                                "wb",
                                labels("Sources & Uses", "Sponsor Equity", "Senior Debt", "Term Loan B"),
                                labels("Returns", "IRR", "MOIC")))
                        .confidence());
    }

    @Test
    void threeStatementFromSheetNames() {
        ModelDetection d = detector.detect(WorkbookSnapshot.of(
                "wb",
                labels("Income Statement", "Revenue", "Net Income"),
                labels("Balance Sheet", "Total Assets", "Total Liabilities", "Retained Earnings"),
                labels("Cash Flow Statement", "Cash from Operations")));

        assertThat(d.type()).isEqualTo(ModelType.THREE_STATEMENT);
        assertThat(d.evidence()).contains("all three financial statements are present", "sheet 'Balance Sheet'");
    }

    @Test
    void compsFromAPeerTable() {
        List<CellSnapshot> cells = new ArrayList<>(List.of(
                CellSnapshot.value("A3", "Company"),
                CellSnapshot.value("B3", "EV / EBITDA"),
                CellSnapshot.value("C3", "P/E")));
        String[] peers = {"Acme", "Globex", "Initech", "Umbrella"};
        for (int i = 0; i < peers.length; i++) {
            cells.add(CellSnapshot.value("A" + (4 + i), peers[i]));
            cells.add(CellSnapshot.value("B" + (4 + i), 8.0 + i));
            cells.add(CellSnapshot.value("C" + (4 + i), 15.0 + i));
        }
        ModelDetection d = detector.detect(WorkbookSnapshot.of("wb", SheetSnapshot.of("Sheet1", cells)));

        assertThat(d.type()).isEqualTo(ModelType.COMPS);
        assertThat(d.evidence()).contains("peer table on Sheet1 (row 3: 2 multiples, 4 companies)");
    }

    @Test
    void definedNamesCount() {
        ModelDetection d = detector.detect(new WorkbookSnapshot(
                "wb",
                List.of(SheetSnapshot.of("Sheet1", List.of())),
                List.of(NamedRange.of("Terminal_Value", "Sheet1!$B$9"), NamedRange.of("WACC", "Sheet1!$B$2"))));

        assertThat(d.type()).isEqualTo(ModelType.DCF);
        assertThat(d.evidence()).contains("defined name 'WACC'");
    }

    @Test
    void unrelatedWorkbookIsUnknown() {
        ModelDetection d = detector.detect(WorkbookSnapshot.of("wb", labels("Budget", "Rent", "Travel", "Pizza")));

        assertThat(d.type()).isEqualTo(ModelType.UNKNOWN);
        assertThat(d.confidence()).isEqualTo(1.0);
        assertThat(d.evidence()).singleElement().asString().contains("below the threshold");
    }

    @Test
    void wordsMatchOnlyAsWholeWords() {
        // "stirring" contains "irr", "compsognathus" contains "comps": neither is evidence.
        ModelDetection d = detector.detect(WorkbookSnapshot.of("wb", labels("S", "stirring", "compsognathus")));

        assertThat(d.scores().get(ModelType.LBO)).isZero();
        assertThat(d.scores().get(ModelType.COMPS)).isZero();
    }
}
