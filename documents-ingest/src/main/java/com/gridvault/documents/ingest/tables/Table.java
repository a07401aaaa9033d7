package com.gridvault.documents.ingest.tables;

import com.gridvault.documents.ingest.text.Checks;
import java.util.List;

/**
 * A table found in a document, rendered in the document text as one line per row with cells
 * separated by {@link #CELL_SEPARATOR}.
 *
 * @param id identifier unique within the document, e.g. "t12"
 * @param rows the rows, header rows first
 * @param start offset of the first row in the document text
 * @param end offset just after the last row
 */
public record Table(String id, List<TableRow> rows, int start, int end) {
    public static final String CELL_SEPARATOR = " | ";

    public Table {
        Checks.notBlank(id, "id");
        rows = List.copyOf(rows);
        Checks.offsets(start, end);
    }

    public List<TableRow> headerRows() {
        return rows.stream().filter(TableRow::header).toList();
    }

    public List<TableRow> bodyRows() {
        return rows.stream().filter(r -> !r.header()).toList();
    }

    public int columnCount() {
        return rows.stream().mapToInt(r -> r.cells().size()).max().orElse(0);
    }
}
