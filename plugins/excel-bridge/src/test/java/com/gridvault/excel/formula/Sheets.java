package com.gridvault.excel.formula;

import com.gridvault.excel.snapshot.CellSnapshot;
import com.gridvault.excel.snapshot.NamedRange;
import com.gridvault.excel.snapshot.SheetSnapshot;
import com.gridvault.excel.snapshot.WorkbookSnapshot;
import java.util.ArrayList;
import java.util.List;

/** Small snapshot builders for the formula tests: {@code "A1", "=B1*2"} pairs, values as numbers. */
final class Sheets {

    private Sheets() {}

    static SheetSnapshot sheet(String name, Object... addressThenContent) {
        List<CellSnapshot> cells = new ArrayList<>();
        for (int i = 0; i < addressThenContent.length; i += 2) {
            String address = (String) addressThenContent[i];
            Object content = addressThenContent[i + 1];
            if (content instanceof String s && s.startsWith("=")) {
                cells.add(CellSnapshot.formula(address, s));
            } else {
                cells.add(CellSnapshot.value(address, content));
            }
        }
        return SheetSnapshot.of(name, cells);
    }

    static WorkbookSnapshot book(SheetSnapshot... sheets) {
        return WorkbookSnapshot.of("wb-1", sheets);
    }

    static WorkbookSnapshot book(List<NamedRange> names, SheetSnapshot... sheets) {
        return new WorkbookSnapshot("wb-1", List.of(sheets), names);
    }
}
