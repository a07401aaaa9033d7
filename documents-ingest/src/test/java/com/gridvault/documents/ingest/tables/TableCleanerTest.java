package com.gridvault.documents.ingest.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class TableCleanerTest {
    @Test
    void joinsCurrencyAndParenthesesAndDropsSpacerColumns() {
        List<List<String>> raw = List.of(
                List.of("", "", "", "2024", "", "", "2023"), List.of("Net income", "$", "93,736", "", "(1,200", ")"));

        TableCleaner.CleanTable t = TableCleaner.DEFAULT.tidy(raw, null);

        assertThat(t.rows()).containsExactly(List.of("", "2024", "2023"), List.of("Net income", "$93,736", "(1,200)"));
        assertThat(t.headerRows()).as("a row of years is a header").isEqualTo(1);
    }

    @Test
    void colspansAreExpandedAndThRowsAreHeaders() {
        Element table = Jsoup.parse("<table><tr><th colspan=2>Exposure&#160; by desk</th></tr>"
                        + "<tr><td>Rates</td><td>12.5</td></tr><tr><td>FX</td><td>3</td></tr></table>")
                .selectFirst("table");

        HtmlTables.RawTable raw = HtmlTables.read(table);
        TableCleaner.CleanTable t = TableCleaner.DEFAULT.tidy(raw.grid(), raw.headerMarks());

        assertThat(t.rows().get(0)).containsExactly("", "Exposure by desk");
        assertThat(t.rows().get(2)).containsExactly("FX", "3");
        assertThat(t.rows().get(1)).containsExactly("Rates", "12.5");
        assertThat(t.headerRows()).isEqualTo(1);
    }

    @Test
    void textOnlyTablesAssumeOneHeaderRow() {
        List<List<String>> raw = List.of(List.of("Name", "Role"), List.of("Ada", "CRO"), List.of("Bo", "CFO"));

        assertThat(TableCleaner.DEFAULT.tidy(raw, null).headerRows()).isEqualTo(1);
    }
}
