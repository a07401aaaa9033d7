package com.gridvault.excel.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CellAddressTest {

    // Expected positions follow Excel's column lettering: Z = 26th, AA = 27th, XFD = 16,384th.
    @ParameterizedTest
    @CsvSource({"A1,0,0", "b7,6,1", "$C$3,2,2", "Z1,0,25", "AA10,9,26", "XFD1048576,1048575,16383"})
    void parsesA1(String a1, int row, int column) {
        CellAddress address = CellAddress.parse(a1);

        assertThat(address).isEqualTo(new CellAddress(row, column));
        assertThat(CellAddress.parse(address.toA1())).isEqualTo(address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1A", "A0", "A", "7", "XFE1", "A1048577", "A1:B2", "Sheet1!A1", "AAAA1"})
    void rejectsWhatIsNotOneCellInTheGrid(String a1) {
        assertThat(CellAddress.tryParse(a1)).isNull();
        assertThatThrownBy(() -> CellAddress.parse(a1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void columnLettersAndOffsets() {
        assertThat(CellAddress.columnLetters(0)).isEqualTo("A");
        assertThat(CellAddress.columnLetters(701)).isEqualTo("ZZ");
        assertThat(CellAddress.columnLetters(702)).isEqualTo("AAA");
        assertThat(new CellAddress(0, 0).offset(-1, 0)).isNull();
        assertThat(new CellAddress(4, 1).offset(1, 1)).isEqualTo(CellAddress.parse("C6"));
        assertThat(CellAddress.parse("B2").compareTo(CellAddress.parse("A3"))).isNegative();
    }
}
