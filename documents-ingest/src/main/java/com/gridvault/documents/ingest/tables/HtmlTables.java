package com.gridvault.documents.ingest.tables;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/** Reads an HTML {@code <table>} (jsoup) into a cell grid with colspans expanded. */
public final class HtmlTables {
    /** Guards against absurd colspans in hostile input. */
    private static final int MAX_COLSPAN = 64;

    private HtmlTables() {}

    /** A raw table: the grid as laid out plus which rows were marked as headers. */
    public record RawTable(List<List<String>> grid, boolean[] headerMarks) {}

    public static RawTable read(Element table) {
        List<List<String>> grid = new ArrayList<>();
        List<Boolean> marks = new ArrayList<>();
        for (Element row : rows(table)) {
            List<String> cells = new ArrayList<>();
            boolean allTh = row.firstElementChild() != null;
            boolean inHead = row.parent() != null && row.parent().nameIs("thead");
            for (Element cell = row.firstElementChild(); cell != null; cell = cell.nextElementSibling()) {
                if (!cell.nameIs("td") && !cell.nameIs("th")) {
                    continue;
                }
                allTh &= cell.nameIs("th") || inHead;
                String text = TableCleaner.cleanCell(cell.wholeText());
                int span = cell.hasAttr("colspan") ? Math.min(parseSpan(cell.attr("colspan")), MAX_COLSPAN) : 1;
                for (int i = 1; i < span; i++) {
                    cells.add("");
                }
                // The value goes to the last spanned column: filings right-align figures there,
                // with "$" in a narrow column before it, so headers line up with the numbers.
                cells.add(text);
            }
            grid.add(cells);
            marks.add(allTh);
        }
        boolean[] headerMarks = new boolean[marks.size()];
        for (int i = 0; i < headerMarks.length; i++) {
            headerMarks[i] = marks.get(i);
        }
        return new RawTable(grid, headerMarks);
    }

    /** The table's own rows (directly or in thead/tbody/tfoot), not those of nested tables. */
    private static List<Element> rows(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element child = table.firstElementChild(); child != null; child = child.nextElementSibling()) {
            if (child.nameIs("tr")) {
                rows.add(child);
            } else if (child.nameIs("tbody") || child.nameIs("thead") || child.nameIs("tfoot")) {
                for (Element tr = child.firstElementChild(); tr != null; tr = tr.nextElementSibling()) {
                    if (tr.nameIs("tr")) {
                        rows.add(tr);
                    }
                }
            }
        }
        return rows;
    }

    private static int parseSpan(String value) {
        try {
            return Math.max(1, Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
