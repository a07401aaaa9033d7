package com.gridvault.documents.ingest.tables;

import com.gridvault.documents.ingest.text.Checks;
import java.util.List;

/**
 * One row of a table.
 *
 * @param cells cleaned cell texts, left to right (colspans already expanded and empty spacer
 *     columns removed)
 * @param header whether this is a header row
 * @param start offset of the row's rendered line in the document text (inclusive)
 * @param end offset just after the row's rendered line (exclusive)
 */
public record TableRow(List<String> cells, boolean header, int start, int end) {
    public TableRow {
        cells = List.copyOf(cells);
        Checks.offsets(start, end);
    }
}
