package com.gridvault.documents.ingest.text;

import com.gridvault.documents.ingest.tables.Table;
import com.gridvault.documents.ingest.tables.TableRow;
import java.util.ArrayList;
import java.util.List;

/**
 * Assembles a {@link StructuredText}: blocks are separated by a blank line, table rows by a line
 * break, so paragraph boundaries stay visible to the chunker. Not thread-safe; one per document.
 */
public final class StructuredTextBuilder {
    private static final String BLOCK_SEPARATOR = "\n\n";

    private final StringBuilder text = new StringBuilder();
    private final List<PageSpan> pages = new ArrayList<>();
    private final List<Table> tables = new ArrayList<>();
    private final List<Section> sections = new ArrayList<>();
    private int pageStart = -1;
    private String pageLabel = "";

    public int length() {
        return text.length();
    }

    /** Appends a paragraph-like block and returns its start offset (or -1 if blank). */
    public int block(String content) {
        String clean = content == null ? "" : content.strip();
        if (clean.isEmpty()) {
            return -1;
        }
        separate();
        int start = text.length();
        text.append(clean);
        return start;
    }

    /** Appends raw characters to the current block (used by streaming extractors). */
    public void append(CharSequence chars) {
        text.append(chars);
    }

    /** Ends the current block so the next characters start a new paragraph. */
    public void endBlock() {
        int len = text.length();
        if (len > 0 && text.charAt(len - 1) != '\n') {
            text.append('\n');
        }
    }

    /**
     * Appends a table. {@code grid} must already be cleaned; the first {@code headerRows} rows are
     * header rows. Returns the table, or null when the grid has no content.
     */
    public Table table(List<List<String>> grid, int headerRows) {
        if (grid.isEmpty()) {
            return null;
        }
        separate();
        int start = text.length();
        List<TableRow> rows = new ArrayList<>(grid.size());
        for (int i = 0; i < grid.size(); i++) {
            if (i > 0) {
                text.append('\n');
            }
            int rowStart = text.length();
            text.append(String.join(Table.CELL_SEPARATOR, grid.get(i)));
            rows.add(new TableRow(grid.get(i), i < headerRows, rowStart, text.length()));
        }
        Table table = new Table("t" + (tables.size() + 1), rows, start, text.length());
        tables.add(table);
        return table;
    }

    /** Starts a new page (closing the previous one); pages are numbered from 1. */
    public void startPage(String label) {
        endPage();
        endBlock();
        pageStart = text.length();
        pageLabel = label == null ? "" : label;
    }

    /** Names the current page (a sheet or slide title) if it has no name yet. */
    public void labelPage(String label) {
        if (pageStart >= 0 && pageLabel.isEmpty() && label != null) {
            pageLabel = label.strip();
        }
    }

    public void endPage() {
        if (pageStart >= 0) {
            pages.add(new PageSpan(pages.size() + 1, pageLabel, pageStart, text.length()));
            pageStart = -1;
        }
    }

    public int pageCount() {
        return pages.size() + (pageStart >= 0 ? 1 : 0);
    }

    public void section(Section section) {
        sections.add(section);
    }

    public String text() {
        return text.toString();
    }

    public StructuredText build() {
        endPage();
        return new StructuredText(text.toString(), pages, sections, tables);
    }

    private void separate() {
        int len = text.length();
        if (len == 0) {
            return;
        }
        if (text.charAt(len - 1) != '\n') {
            text.append(BLOCK_SEPARATOR);
        } else if (len < 2 || text.charAt(len - 2) != '\n') {
            text.append('\n');
        }
    }
}
