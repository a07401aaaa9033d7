package com.gridvault.documents.ingest.sec;

import static org.assertj.core.api.Assertions.assertThat;

import com.gridvault.documents.ingest.sec.SecTestData.Expected;
import com.gridvault.documents.ingest.tables.Table;
import com.gridvault.documents.ingest.text.Section;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Real filings against the expected sections in shared/testdata. The expected "character_count"
 * is the length of the section's HTML source (from its heading to the next expected heading), so
 * we compare {@link Section#sourceLength()}. The reference data predates Items 1C, 9C and 16: it
 * drops 1C and 9C and runs its last section (Item 15) to the end of the document, so the last
 * expected section is compared from its heading to the end of the HTML.
 */
class EdgarFilingParserTest {
    private static final Map<String, Filing> FILINGS = new HashMap<>();
    private static final Map<String, Integer> HTML_LENGTH = new HashMap<>();

    @BeforeAll
    static void parse() {
        for (String f : List.of(SecTestData.AAPL_10K, SecTestData.NVDA_10K, SecTestData.AAPL_10Q)) {
            String html = SecTestData.html(f);
            HTML_LENGTH.put(f, html.length());
            FILINGS.put(f, EdgarFilingParser.WITH_SOURCE_OFFSETS.parse(html));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {SecTestData.AAPL_10K, SecTestData.NVDA_10K, SecTestData.AAPL_10Q})
    void findsEveryExpectedSectionInOrderWithMatchingSize(String name) {
        Filing filing = FILINGS.get(name);
        List<Expected> expected = SecTestData.expected(name);
        List<String> found = filing.items().stream().map(Section::id).toList();

        assertThat(found)
                .as("sections of %s", name)
                .containsSubsequence(expected.stream().map(Expected::identifier).toList());
        for (int i = 0; i < expected.size(); i++) {
            Expected e = expected.get(i);
            Section s = filing.item(e.identifier()).orElseThrow();
            int actual = i == expected.size() - 1 ? HTML_LENGTH.get(name) - s.sourceStart() : s.sourceLength();
            int tolerance = Math.max(300, e.characterCount() / 20);
            assertThat(actual)
                    .as("HTML size of %s in %s", e.identifier(), name)
                    .isBetween(e.characterCount() - tolerance, e.characterCount() + tolerance);
            assertThat(filing.content().textOf(s).strip())
                    .as("text of %s", e.identifier())
                    .hasSizeGreaterThan(15);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {SecTestData.AAPL_10K, SecTestData.NVDA_10K, SecTestData.AAPL_10Q})
    void sectionsTileTheBodyWithoutOverlap(String name) {
        List<Section> items = FILINGS.get(name).items();
        for (int i = 1; i < items.size(); i++) {
            assertThat(items.get(i).start()).isEqualTo(items.get(i - 1).end());
        }
        assertThat(items).extracting(Section::id).doesNotHaveDuplicates();
    }

    @Test
    void theFastParserFindsTheSameSectionsWithoutSourceOffsets() {
        Filing fast = EdgarFilingParser.DEFAULT.parse(SecTestData.html(SecTestData.AAPL_10Q));
        Filing tracked = FILINGS.get(SecTestData.AAPL_10Q);

        assertThat(fast.content().text()).isEqualTo(tracked.content().text());
        assertThat(fast.items())
                .extracting(Section::id, Section::start, Section::end)
                .isEqualTo(tracked.items().stream()
                        .map(s -> org.assertj.core.groups.Tuple.tuple(s.id(), s.start(), s.end()))
                        .toList());
        assertThat(fast.items()).allSatisfy(s -> assertThat(s.sourceLength()).isEqualTo(-1));
    }

    @Test
    void detectsFormAndCompany() {
        assertThat(FILINGS.get(SecTestData.AAPL_10K))
                .extracting(Filing::form, Filing::companyName, Filing::cik)
                .containsExactly(FormType.FORM_10K, "Apple Inc.", "0000320193");
        assertThat(FILINGS.get(SecTestData.NVDA_10K))
                .extracting(Filing::form, Filing::cik)
                .containsExactly(FormType.FORM_10K, "0001045810");
        assertThat(FILINGS.get(SecTestData.NVDA_10K).companyName()).containsIgnoringCase("NVIDIA");
        assertThat(FILINGS.get(SecTestData.AAPL_10Q).form()).isEqualTo(FormType.FORM_10Q);
    }

    @Test
    void itemTextIsTheRealContentNotTheTableOfContents() {
        Filing aapl = FILINGS.get(SecTestData.AAPL_10K);
        Section business = aapl.item("1").orElseThrow();
        String preamble = aapl.content().text().substring(0, business.start());

        assertThat(preamble).as("the TOC stays before Item 1").contains("Risk Factors", "Cybersecurity");
        assertThat(aapl.textOf("1")).contains("iPhone").hasSizeGreaterThan(10_000);
        assertThat(aapl.textOf("1A")).containsIgnoringCase("supply chain").hasSizeGreaterThan(50_000);
        assertThat(aapl.textOf("1C")).containsIgnoringCase("cybersecurity");
        assertThat(aapl.item("1A").orElseThrow().title()).isEqualTo("Risk Factors");
        assertThat(aapl.textOf("7")).containsIgnoringCase("net sales");
        assertThat(FILINGS.get(SecTestData.NVDA_10K).textOf("1A")).containsIgnoringCase("supply chain");
        assertThat(FILINGS.get(SecTestData.AAPL_10Q).textOf("part2item1a")).contains("Risk Factors");
    }

    @Test
    void dropsPageFootersAndPageNumbers() {
        String aapl = FILINGS.get(SecTestData.AAPL_10K).content().text();
        String nvda = FILINGS.get(SecTestData.NVDA_10K).content().text();

        assertThat(aapl).doesNotContain("Apple Inc. | 2024 Form 10-K | 19");
        assertThat(nvda.lines().filter(l -> l.strip().equals("Table of Contents")))
                .as("running headers")
                .hasSizeLessThan(3);
        assertThat(nvda.lines().filter(l -> l.strip().matches("\\d{1,3}")))
                .as("bare page numbers")
                .hasSizeLessThan(5);
        assertThat(FILINGS.get(SecTestData.AAPL_10K).content().pages()).hasSizeGreaterThan(50);
    }

    @Test
    void extractsTablesWithHeadersAndCleanCells() {
        List<Table> tables = FILINGS.get(SecTestData.AAPL_10K).content().tables();
        assertThat(tables).hasSizeGreaterThan(30);
        Table netSales = tables.stream()
                .filter(t -> t.rows().stream().anyMatch(r -> r.cells().contains("iPhone")))
                .findFirst()
                .orElseThrow();
        assertThat(netSales.headerRows()).isNotEmpty();
        assertThat(netSales.rows().stream().flatMap(r -> r.cells().stream()))
                .anyMatch(c -> c.matches("\\$\\s?\\d{1,3}(,\\d{3})+"))
                .noneMatch(c -> c.equals("$"));
        String text = FILINGS.get(SecTestData.AAPL_10K).content().text();
        netSales.rows().forEach(r -> assertThat(text.substring(r.start(), r.end()))
                .isEqualTo(String.join(Table.CELL_SEPARATOR, r.cells())));
    }
}
