package com.gridvault.plugin.testkit.search;

import static com.gridvault.plugin.testkit.search.Fixtures.*;

import com.gridvault.plugin.api.search.ChunkMetadata;
import com.gridvault.plugin.api.search.SearchBackend;
import com.gridvault.plugin.api.search.SearchFilters;
import java.time.LocalDate;
import java.util.List;

/** Every filter, in every mode. */
final class FilterChecks {

    private FilterChecks() {}

    private static void corpus(SearchBackend backend) {
        backend.index(List.of(
                chunk(
                        ACME,
                        CREDIT,
                        "k-2024",
                        "acme-10k",
                        "Capital adequacy remained strong.",
                        EAST,
                        meta("filing", "10-K", "Acme Bank", LocalDate.of(2024, 3, 1), "item-7")),
                chunk(
                        ACME,
                        CREDIT,
                        "q-2025",
                        "acme-10q",
                        "Capital adequacy improved in the quarter.",
                        NORTH_EAST,
                        meta("filing", "10-Q", "Acme Bank", LocalDate.of(2025, 5, 10), "item-2")),
                chunk(
                        ACME,
                        CREDIT,
                        "research",
                        "globex-note",
                        "Capital adequacy of Globex looks thin.",
                        MOSTLY_EAST,
                        meta("research", null, "Globex Corp", LocalDate.of(2025, 11, 30), "summary")),
                chunk(
                        ACME,
                        CREDIT,
                        "bare",
                        "memo",
                        "Capital adequacy memo without metadata.",
                        NORTH,
                        ChunkMetadata.EMPTY)));
    }

    private static ChunkMetadata meta(String type, String form, String company, LocalDate date, String section) {
        return ChunkMetadata.builder()
                .documentType(type)
                .formType(form)
                .company(company)
                .documentDate(date)
                .sectionId(section)
                .build();
    }

    private static void textAndSemantic(
            SearchBackend backend, SearchFilters filters, List<String> expected, String what) {
        Expect.sameChunkIds(
                backend.search(query("capital adequacy").filters(filters).build()), expected, what + " (TEXT)");
        Expect.sameChunkIds(backend.search(semantic(EAST).filters(filters).build()), expected, what + " (SEMANTIC)");
        Expect.sameChunkIds(
                backend.search(hybrid("capital adequacy", EAST).filters(filters).build()),
                expected,
                what + " (HYBRID)");
    }

    static void documentIds(SearchBackend backend) {
        corpus(backend);
        textAndSemantic(
                backend,
                SearchFilters.NONE.withDocumentIds("acme-10q", "memo"),
                List.of("q-2025", "bare"),
                "documentIds");
    }

    static void documentTypes(SearchBackend backend) {
        corpus(backend);
        textAndSemantic(
                backend, SearchFilters.NONE.withDocumentTypes("research"), List.of("research"), "documentTypes");
    }

    static void formTypes(SearchBackend backend) {
        corpus(backend);
        textAndSemantic(backend, SearchFilters.NONE.withFormTypes("10-K"), List.of("k-2024"), "formTypes");
    }

    static void companiesIgnoreCase(SearchBackend backend) {
        corpus(backend);
        textAndSemantic(
                backend, SearchFilters.NONE.withCompanies("ACME BANK"), List.of("k-2024", "q-2025"), "companies");
    }

    static void sectionIds(SearchBackend backend) {
        corpus(backend);
        textAndSemantic(
                backend,
                SearchFilters.NONE.withSectionIds("item-2", "summary"),
                List.of("q-2025", "research"),
                "sectionIds");
    }

    static void dateRangeIsInclusive(SearchBackend backend) {
        corpus(backend);
        textAndSemantic(
                backend,
                SearchFilters.NONE.withDateRange(LocalDate.of(2025, 5, 10), LocalDate.of(2025, 11, 30)),
                List.of("q-2025", "research"),
                "date range with both ends on documents");
        textAndSemantic(
                backend,
                SearchFilters.NONE.withDateRange(null, LocalDate.of(2024, 12, 31)),
                List.of("k-2024"),
                "date range open at the start");
        textAndSemantic(
                backend,
                SearchFilters.NONE.withDateRange(LocalDate.of(2025, 6, 1), null),
                List.of("research"),
                "date range open at the end");
    }

    static void filtersCombine(SearchBackend backend) {
        corpus(backend);
        textAndSemantic(
                backend,
                SearchFilters.NONE
                        .withDocumentTypes("filing")
                        .withCompanies("acme bank")
                        .withFormTypes("10-Q"),
                List.of("q-2025"),
                "type, company and form together");
        textAndSemantic(
                backend,
                SearchFilters.NONE.withFormTypes("10-K").withSectionIds("summary"),
                List.of(),
                "constraints no chunk meets together");
    }
}
