package com.gridvault.excel.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import com.gridvault.excel.autonomy.Ranges;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IndexedWorkbookTest {

    /** A 20 x 10 block B2:K21, every cell holding its row number, plus one far-away cell. */
    private static IndexedWorkbook book() {
        List<CellSnapshot> cells = new ArrayList<>();
        for (int row = 2; row <= 21; row++) {
            for (char column = 'B'; column <= 'K'; column++) {
                cells.add(CellSnapshot.value(column + Integer.toString(row), row));
            }
        }
        cells.add(CellSnapshot.value("Z500", "far"));
        SheetSnapshot sheet = new SheetSnapshot("Model", null, null, cells);
        return IndexedWorkbook.of(new WorkbookSnapshot("wb", List.of(sheet), List.of()));
    }

    private static List<String> addresses(List<Map.Entry<CellAddress, CellSnapshot>> cells) {
        return cells.stream().map(e -> e.getKey().toA1()).toList();
    }

    @Test
    void aSmallRangeGivesItsPresentCellsInRowMajorOrder() {
        List<Map.Entry<CellAddress, CellSnapshot>> found = book().cellsIn("Model", Ranges.parseRange("A1:C3"));
        assertThat(addresses(found)).containsExactly("B2", "C2", "B3", "C3");
        assertThat(found.get(2).getValue().value()).isEqualTo(3.0);
    }

    @Test
    void aRangeLargerThanTheSheetFiltersTheSheetAndKeepsTheSameOrder() {
        // A1:Z1000 has 26,000 addresses against 201 cells: the sheet is filtered, not the range walked.
        List<Map.Entry<CellAddress, CellSnapshot>> found = book().cellsIn("Model", Ranges.parseRange("A1:Z1000"));
        assertThat(found).hasSize(201);
        assertThat(addresses(found).subList(0, 3)).containsExactly("B2", "C2", "D2");
        assertThat(addresses(found).get(200)).isEqualTo("Z500");
        assertThat(addresses(found))
                .isSortedAccordingTo((a, b) -> CellAddress.tryParse(a).compareTo(CellAddress.tryParse(b)));
    }

    @Test
    void bothWaysAgreeOnTheSameRange() {
        IndexedWorkbook book = book();
        // C5:E9 has 15 addresses (walked); the same cells come out of a filter of the sheet.
        List<String> walked = addresses(book.cellsIn("Model", Ranges.parseRange("C5:E9")));
        List<String> filtered = book.cells("Model").keySet().stream()
                .filter(a -> a.isIn(Ranges.parseRange("C5:E9")))
                .sorted()
                .map(CellAddress::toA1)
                .toList();
        assertThat(walked).hasSize(15).isEqualTo(filtered);
        assertThat(book.cellsIn("Other", Ranges.parseRange("A1:B2"))).isEmpty();
    }
}
