package com.gridvault.excel.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gridvault.plugin.api.validation.FieldError;
import com.gridvault.plugin.api.validation.FieldErrors;
import com.gridvault.plugin.api.validation.InvalidInputException;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnapshotValidatorTest {

    private final SnapshotValidator validator = SnapshotValidator.DEFAULT;

    @Test
    void validSnapshotPasses() {
        WorkbookSnapshot snapshot = new WorkbookSnapshot(
                "wb",
                List.of(SheetSnapshot.of(
                        "Inputs", List.of(CellSnapshot.value("A1", 5), CellSnapshot.formula("A2", "=A1*2")))),
                List.of(new NamedRange("Rate", "=Inputs!$A$1", "Inputs")));

        validator.check(snapshot);

        assertThat(snapshot.sheets().get(0).cells().get(0).value()).isEqualTo(5.0);
        assertThat(snapshot.sheets().get(0).cell("$a$2").formula()).isEqualTo("A1*2");
        assertThat(snapshot.names().get(0).refersTo()).isEqualTo("Inputs!$A$1");
        assertThat(snapshot.sheets().get(0).usedRangeBottomRight()).isEqualTo(CellAddress.parse("A2"));
    }

    @Test
    void namesEveryBadField() {
        String longFormula = "A1+".repeat(3000) + "1";
        WorkbookSnapshot snapshot = new WorkbookSnapshot(
                " ",
                List.of(
                        SheetSnapshot.of(
                                "Data",
                                List.of(
                                        CellSnapshot.value("A0", 1.0),
                                        CellSnapshot.value("B1", Double.NaN),
                                        CellSnapshot.value("B2", new Object()),
                                        CellSnapshot.value("b2", 1.0),
                                        CellSnapshot.formula("C1", longFormula))),
                        SheetSnapshot.of("data", List.of()),
                        SheetSnapshot.of("Bad/Name", List.of())),
                List.of(new NamedRange("X", "", "Nowhere")));

        InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(
                InvalidInputException.class, () -> validator.check(snapshot));

        assertThat(e.errors())
                .extracting(FieldError::path)
                .containsExactly(
                        "workbookId",
                        "sheets[0].cells[0].address",
                        "sheets[0].cells[1].value",
                        "sheets[0].cells[2].value",
                        "sheets[0].cells[3].address",
                        "sheets[0].cells[4].formula",
                        "sheets[1].name",
                        "sheets[2].name",
                        "names[0].refersTo",
                        "names[0].scope");
        assertThat(e.errors().get(5).message()).isEqualTo("has 9001 characters, more than the limit of 8192");
    }

    @Test
    void millionCellSnapshotIsRejectedWithoutCheckingEachCell() {
        // One million copies of the same cell: checking cells one by one would report 999,999
        // duplicate addresses; the size check must answer first, alone and fast.
        CellSnapshot cell = CellSnapshot.value("A1", 1.0);
        WorkbookSnapshot snapshot =
                WorkbookSnapshot.of("wb", new SheetSnapshot("Big", null, null, Collections.nCopies(1_000_000, cell)));
        long start = System.nanoTime();

        FieldErrors errors = FieldErrors.create();
        validator.validate(errors, snapshot);

        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(errors.errors()).singleElement().satisfies(err -> {
            assertThat(err.path()).isEqualTo("sheets");
            assertThat(err.message()).startsWith("the snapshot has 1000000 cells, more than the limit of 200000");
        });
        assertThat(millis).isLessThan(50);
        assertThatThrownBy(() -> validator.check(snapshot)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void tooManySheetsIsRejectedFirst() {
        List<SheetSnapshot> sheets = java.util.stream.IntStream.range(0, 256)
                .mapToObj(i -> SheetSnapshot.of("S" + i, List.of()))
                .toList();

        assertThatThrownBy(() -> validator.check(new WorkbookSnapshot("wb", sheets, List.of())))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("sheets: has 256 sheets, more than the limit of 255");
    }

    @Test
    void limitsMustBePositive() {
        assertThatThrownBy(() -> new SnapshotLimits(0, 1, 1, 1)).hasMessageContaining("maxCells");
        assertThat(SnapshotLimits.DEFAULT.maxCells()).isEqualTo(200_000);
        assertThat(SnapshotLimits.DEFAULT.maxFormulaLength()).isEqualTo(8_192);
        assertThat(SnapshotLimits.DEFAULT.maxSheets()).isEqualTo(255);
    }
}
