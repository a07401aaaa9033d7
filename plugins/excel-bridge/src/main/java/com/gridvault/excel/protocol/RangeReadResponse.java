package com.gridvault.excel.protocol;

import com.gridvault.excel.snapshot.CellSnapshot;
import java.util.List;

/**
 * The cells of a requested range (non-empty ones only).
 *
 * @param sheet the sheet
 * @param range the A1 range
 * @param cells the cells
 */
public record RangeReadResponse(String sheet, String range, List<CellSnapshot> cells) {

    /** Copies the cells (null becomes empty). */
    public RangeReadResponse {
        cells = cells == null ? List.of() : List.copyOf(cells);
    }
}
